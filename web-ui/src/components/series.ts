// Chart data, one definition for every chart: days on a shared axis, values that may be unknown (null,
// never 0) or rounded (TikTok's display figure), and the index to 100 that puts creators of any size
// on one scale.
import { count } from '../format';

/** One line: a value (or null when unknown) per day of the chart's axis, and whether each is rounded. */
export interface Series {
  label: string;
  values: (number | null)[];
  rounded: boolean[];
}

/** Lines over one axis of days (ISO dates, ascending). */
export interface SeriesChart {
  days: string[];
  series: Series[];
}

export interface DayValue {
  day: string;
  value: number | null;
  rounded: boolean;
}

/** Each line's days put on the union of all their days; a day a line lacks is null (unknown) there. */
export function alignByDay(lines: { label: string; points: DayValue[] }[]): SeriesChart {
  const days = [...new Set(lines.flatMap((line) => line.points.map((p) => p.day)))].sort();
  const at = new Map(days.map((day, i) => [day, i]));
  const series = lines.map((line) => {
    const values: (number | null)[] = days.map(() => null);
    const rounded = days.map(() => false);
    for (const p of line.points) {
      const i = at.get(p.day)!;
      values[i] = p.value;
      rounded[i] = p.rounded;
    }
    return { label: line.label, values, rounded };
  });
  return { days, series };
}

/**
 * Indexed to 100 at the line's first known value in the range (value × 100 / first): 112 means 12 %
 * more than at the start. A line whose first known value is 0 cannot be indexed: all null.
 */
export function indexedTo100(series: Series): Series {
  const base = series.values.find((v) => v !== null) ?? null;
  return {
    ...series,
    values: series.values.map((v) => (v === null || base === null || base === 0 ? null : (v * 100) / base)),
  };
}

/** What hovering a point says: the exact figure, "≈" before a rounded one, "unknown" for an absent one. */
export function pointLabel(value: number | null | undefined, rounded: boolean, digits = 0): string {
  if (value === null || value === undefined) return 'unknown';
  if (digits > 0) return (rounded ? '≈ ' : '') + value.toFixed(digits);
  return count(Math.round(value), rounded ? 'ROUNDED' : 'EXACT');
}

/** A log scale needs every shown value above 0. */
export function canUseLogScale(chart: SeriesChart): boolean {
  return chart.series.every((s) => s.values.every((v) => v === null || v > 0));
}

/** The UTC midnight of an ISO day, in seconds (uPlot's time axis). */
export function daySeconds(day: string): number {
  return Date.parse(day + 'T00:00:00Z') / 1000;
}

/** A growth bucket as a row: entry i of every column of the API's GrowthColumns. */
export type GrowthRow = {
  periodStart: string;
  closingDay: string;
  followers: number;
  likes: number;
  videos: number;
  followersDelta: number | null;
  likesDelta: number | null;
  videosDelta: number | null;
  restsOnRounded: boolean;
};

/** The API sends growth as parallel lists (the smaller answer); the page reads it as rows. */
export function growthRows(columns: { [K in keyof GrowthRow]: GrowthRow[K][] }): GrowthRow[] {
  return columns.closingDay.map((closingDay, i) => ({
    periodStart: columns.periodStart[i],
    closingDay,
    followers: columns.followers[i],
    likes: columns.likes[i],
    videos: columns.videos[i],
    followersDelta: columns.followersDelta[i],
    likesDelta: columns.likesDelta[i],
    videosDelta: columns.videosDelta[i],
    restsOnRounded: columns.restsOnRounded[i],
  }));
}

/** Growth points as one line: each period's closing day and its count, rounded when the day rests on rounded counts. */
export function growthLine(
  points: { closingDay: string; followers: number; likes: number; restsOnRounded: boolean }[],
  metric: 'followers' | 'likes',
): DayValue[] {
  return points.map((p) => ({ day: p.closingDay, value: p[metric], rounded: p.restsOnRounded }));
}
