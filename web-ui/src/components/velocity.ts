import type { VelocityPoint } from '../api/types';

/** The fixed ages a video's views are read at, with their hours after posting (docs/metrics.md, Velocity). */
export const AGES = [
  { age: '1h', hours: 1 },
  { age: '6h', hours: 6 },
  { age: '24h', hours: 24 },
  { age: '7d', hours: 168 },
] as const;

/**
 * One age on a video's curve: its views there (null when unknown) against the creator's band — the
 * lower quartile, median and upper quartile of its previous videos at that age (null below the sample).
 */
export interface AgePoint {
  age: string;
  hours: number;
  views: number | null;
  rounded: boolean;
  interpolated: boolean;
  lower: number | null;
  median: number | null;
  upper: number | null;
  sample: number;
  score: number | null;
}

/** The video's views at each fixed age beside the creator's band there, in age order; unknown ages as nulls. */
export function velocityCurve(points: VelocityPoint[]): AgePoint[] {
  return AGES.map(({ age, hours }) => {
    const point = points.find((p) => p.age === age);
    return {
      age,
      hours,
      views: point?.views ?? null,
      rounded: point?.rounded ?? false,
      interpolated: point?.interpolated ?? false,
      lower: point?.creatorLowerQuartile ?? null,
      median: point?.creatorMedian ?? null,
      upper: point?.creatorUpperQuartile ?? null,
      sample: point?.medianSample ?? 0,
      score: point?.outlierScore ?? null,
    };
  });
}

/** Where the views stand against the band, in words: above, within or below it, or unknown. */
export function standing(point: AgePoint): string {
  if (point.views === null) return 'unknown';
  if (point.lower === null || point.upper === null) return `no band yet (${point.sample} earlier videos; 3 needed)`;
  if (point.views > point.upper) return 'above the usual range';
  if (point.views < point.lower) return 'below the usual range';
  return 'within the usual range';
}
