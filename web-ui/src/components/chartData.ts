import type { GrowthPoint } from '../api/types';

export interface ChartPoint { x: number; y: number; label: string; value: number }
export interface Chart { points: ChartPoint[]; path: string; min: number; max: number; yTicks: { y: number; value: number }[] }

export type Metric = 'followers' | 'likes';

/** Growth points' {@code metric} to SVG coordinates in a width × height box (y grows downwards), with value ticks. */
export function growthChart(points: GrowthPoint[], metric: Metric, width: number, height: number): Chart {
  if (points.length === 0) return { points: [], path: '', min: 0, max: 0, yTicks: [] };
  const values = points.map((p) => p[metric]);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = points.length > 1 ? width / (points.length - 1) : 0;
  const y = (value: number) => height - ((value - min) / span) * height;
  const mapped = points.map((p, i) => ({ x: points.length > 1 ? i * step : width / 2, y: y(p[metric]), label: p.closingDay, value: p[metric] }));
  const path = mapped.map((p, i) => (i === 0 ? 'M' : 'L') + p.x.toFixed(1) + ' ' + p.y.toFixed(1)).join(' ');
  const yTicks = (min === max ? [min] : [min, (min + max) / 2, max]).map((value) => ({ y: y(value), value }));
  return { points: mapped, path, min, max, yTicks };
}
