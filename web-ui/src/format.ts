// Numbers as the user's locale writes them; one place for every format the UI shows.

import type { Precision } from './api/generated';

const PRECISION_MARK: Record<Precision, string> = { EXACT: '', ROUNDED: '≈ ', AT_LEAST: '≥ ' };

/** A count as the API gives it: "≈" before TikTok's rounded display, "≥" before a lower bound, "—" when unknown. */
export function count(value: number | null | undefined, precision: Precision = 'EXACT', locale?: string): string {
  if (value === null || value === undefined) return '—';
  return PRECISION_MARK[precision] + new Intl.NumberFormat(locale).format(value);
}

export function compact(value: number, locale?: string): string {
  return new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A fraction as a signed percentage: 0.0123 → "+1.2 %" (in the locale's own way). */
export function growth(fraction: number | null | undefined, locale?: string): string {
  if (fraction === null || fraction === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(fraction);
}

export function percent(fraction: number | null | undefined, locale?: string): string {
  if (fraction === null || fraction === undefined) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(fraction);
}

export function day(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(iso + 'T00:00:00Z'));
}

/** The UTC day of an instant, as the API's Date scalar writes it: "2026-11-03". */
export function isoDay(date: Date): string {
  return date.toISOString().substring(0, 10);
}

/** An instant in the reader's own time zone, date and minute: "6 Dec 2026, 14:05". */
export function instant(iso: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
