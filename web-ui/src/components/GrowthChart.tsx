import type { GrowthPoint } from '../api/types';
import { compact, count, day } from '../format';
import { growthChart, type Metric } from './chartData';

const WIDTH = 600;
const HEIGHT = 200;

/** Followers or likes at each period's close: an SVG line with labelled axes and a tooltip per point. */
export function GrowthChart({ points, metric }: { points: GrowthPoint[]; metric: Metric }) {
  const chart = growthChart(points, metric, WIDTH, HEIGHT);
  const id = `growth-${metric}`;
  if (chart.points.length === 0) return <p className="empty">No growth days in this range yet: they appear after the first scrapes.</p>;
  return (
    <figure>
      <svg viewBox={`-60 -10 ${WIDTH + 80} ${HEIGHT + 50}`} role="img" aria-labelledby={id} className="chart">
        <title id={id}>{metric === 'followers' ? 'Followers' : 'Likes'} at each period's close, {day(points[0].closingDay)} to {day(points[points.length - 1].closingDay)}</title>
        <line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke="#555" />
        <line x1={0} y1={0} x2={0} y2={HEIGHT} stroke="#555" />
        {chart.yTicks.map((tick) => (
          <text key={tick.value} x={-8} y={tick.y + 4} textAnchor="end" fontSize="12">{compact(tick.value)}</text>
        ))}
        <text x={0} y={HEIGHT + 20} fontSize="12">{day(points[0].closingDay)}</text>
        <text x={WIDTH} y={HEIGHT + 20} fontSize="12" textAnchor="end">{day(points[points.length - 1].closingDay)}</text>
        <text x={WIDTH / 2} y={HEIGHT + 38} fontSize="12" textAnchor="middle">Closing day (UTC)</text>
        <path d={chart.path} fill="none" stroke="#1f5fbf" strokeWidth={2} />
        {chart.points.map((p) => (
          <circle key={p.label} cx={p.x} cy={p.y} r={3} fill="#1f5fbf"><title>{day(p.label)}: {count(p.value)} {metric}</title></circle>
        ))}
      </svg>
      <figcaption>{metric === 'followers' ? 'Followers' : 'Likes'} (vertical axis) at each period's close (horizontal axis)</figcaption>
    </figure>
  );
}
