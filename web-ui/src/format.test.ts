import { describe, expect, it } from 'vitest';
import { compact, count, day, growth, isoDay, percent } from './format';

describe("numbers in the user's locale", () => {
  it("writes counts with the locale's grouping and marks rounded ones", () => {
    expect(count(1234567, 'EXACT', 'en-US')).toBe('1,234,567');
    expect(count(1234567, 'EXACT', 'de-DE')).toBe('1.234.567');
    expect(count(4300000, 'ROUNDED', 'en-US')).toBe('≈ 4,300,000');
    expect(count(12, 'AT_LEAST', 'en-US')).toBe('≥ 12');
    expect(count(null)).toBe('—');
  });

  it('writes growth as a signed percentage and rates as percentages', () => {
    expect(growth(0.0123, 'en-US')).toBe('+1.2%');
    expect(growth(-0.05, 'en-US')).toBe('-5%');
    expect(growth(0, 'en-US')).toBe('0%');
    expect(growth(undefined)).toBe('—');
    expect(percent(0.0845, 'en-US')).toBe('8.5%');
    expect(percent(0.0845, 'de-DE')).toBe('8,5\u00a0%');
  });

  it('writes compact axis labels and UTC days', () => {
    expect(compact(1_250_000, 'en-US')).toBe('1.3M');
    expect(day('2026-11-03', 'en-US')).toBe('Nov 3, 2026');
    expect(isoDay(new Date('2026-11-03T23:30:00-02:00'))).toBe('2026-11-04');
  });
});
