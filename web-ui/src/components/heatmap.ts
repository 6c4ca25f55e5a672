import type { PostingTimeCell } from '../api/types';

/**
 * The API's cells (engagementByPostingTime: the medians are its, by the one definition in
 * docs/metrics.md) as rows by weekday, Monday first, each row its windows in order.
 */
export function heatmapRows(cells: readonly PostingTimeCell[]): PostingTimeCell[][] {
  const rows = new Map<string, PostingTimeCell[]>();
  for (const cell of cells) {
    rows.set(cell.weekday, [...(rows.get(cell.weekday) ?? []), cell]);
  }
  return [...rows.values()].map((row) => [...row].sort((a, b) => a.windowStart - b.windowStart));
}

/** "MONDAY" → "Monday". */
export function weekdayName(weekday: string): string {
  return weekday.charAt(0) + weekday.slice(1).toLowerCase();
}

/**
 * A cell's colour: lighter for less engagement, relative to the grid's highest median. Lightness stays
 * between 95 % and 55 %, where dark text keeps a contrast of at least 4.5:1 (WCAG AA).
 */
export function shade(value: number | null, highest: number): string {
  if (value === null || highest <= 0) return '#f2f2f2';
  const lightness = 95 - Math.round((value / highest) * 40);
  return `hsl(212, 70%, ${lightness}%)`;
}
