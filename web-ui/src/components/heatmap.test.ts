import { describe, expect, it } from 'vitest';
import type { PostingTimeCell } from '../api/types';
import { heatmapRows, shade, weekdayName } from './heatmap';

const cell = (weekday: PostingTimeCell['weekday'], windowStart: number, medianEngagementRate: number | null): PostingTimeCell => ({
  weekday,
  windowStart,
  videos: medianEngagementRate === null ? 0 : 1,
  medianEngagementRate,
});

describe('the engagement heat map', () => {
  it("lays the API's cells out by weekday as they come, each row's windows in order", () => {
    const rows = heatmapRows([cell('MONDAY', 3, 0.1), cell('MONDAY', 0, null), cell('TUESDAY', 0, 0.2), cell('TUESDAY', 3, null)]);

    expect(rows.map((row) => row.map((c) => [c.weekday, c.windowStart]))).toEqual([
      [
        ['MONDAY', 0],
        ['MONDAY', 3],
      ],
      [
        ['TUESDAY', 0],
        ['TUESDAY', 3],
      ],
    ]);
    expect(weekdayName('WEDNESDAY')).toBe('Wednesday');
  });

  it('shades a cell by its median relative to the highest, and an empty one grey', () => {
    expect(shade(null, 0.2)).toBe('#f2f2f2');
    expect(shade(0.2, 0.2)).toBe('hsl(212, 70%, 55%)');
    expect(shade(0.1, 0.2)).toBe('hsl(212, 70%, 75%)');
  });
});
