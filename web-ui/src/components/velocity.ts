import type { VelocityPoint } from '../api/types';

const AGES = ['1h', '6h', '24h', '7d'];

export interface VelocityBar { age: string; views: number | null; median: number | null; score: number | null }

/** The video's views at each fixed age beside the creator's median there, in age order; unknown ages as nulls. */
export function velocityCurve(points: VelocityPoint[]): VelocityBar[] {
  return AGES.map((age) => {
    const point = points.find((p) => p.age === age);
    return { age, views: point?.views ?? null, median: point?.creatorMedian ?? null, score: point?.outlierScore ?? null };
  });
}
