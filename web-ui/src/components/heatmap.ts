import type { VideoRow } from '../api/types';

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const WINDOWS = [0, 3, 6, 9, 12, 15, 18, 21];

export interface HeatCell {
  weekday: number;
  window: number;
  videos: number;
  medianEngagement: number | null;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Median engagement rate by views (as the API computes it, docs/metrics.md) of the videos posted in each
 * weekday × three-hour window (UTC); videos without a rate (no views, or a count unknown) left out.
 */
export function engagementHeatmap(videos: VideoRow[]): HeatCell[][] {
  const cells: number[][][] = WEEKDAYS.map(() => WINDOWS.map(() => []));
  for (const v of videos) {
    const rate = v.engagementRate;
    if (!v.postedAt || rate === null) continue;
    const posted = new Date(v.postedAt);
    const weekday = (posted.getUTCDay() + 6) % 7;
    cells[weekday][Math.floor(posted.getUTCHours() / 3)].push(rate);
  }
  return cells.map((row, weekday) =>
    row.map((rates, window) => ({ weekday, window, videos: rates.length, medianEngagement: median(rates) })),
  );
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
