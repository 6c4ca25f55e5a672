import { useEffect, useId, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { compact } from '../format';
import { pointLabel } from './series';
import type { AgePoint } from './velocity';

const HEIGHT = 260;
const VIDEO = '#1f5fbf';
const MEDIAN = '#8a5a00';
const BAND_EDGE = '#b58400';
const BAND_FILL = 'rgba(181, 132, 0, 0.15)';

/** The age label at a position on the log-scaled axis (uPlot hands back positions with rounding error). */
function ageAt(curve: AgePoint[], hours: number | null): string {
  if (hours === null) return '—';
  return curve.find((p) => Math.abs(Math.log(p.hours) - Math.log(hours)) < 0.01)?.age ?? '';
}

/**
 * A video's views at 1 hour, 6 hours, 24 hours and 7 days after posting (uPlot, the dashboard's chart
 * library) against the creator's usual range at each age: the band from the lower to the upper quartile
 * of its previous videos, with their median. Ages on a log scale; hovering shows each exact value.
 */
export function AgeChart({ curve }: { curve: AgePoint[] }) {
  const holder = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const shape = JSON.stringify(curve);
  useEffect(() => {
    const element = holder.current;
    if (element === null) return;
    const value =
      (pick: (p: AgePoint) => number | null, rounded: (p: AgePoint) => boolean) =>
      (_u: uPlot, _raw: number, _series: number, index: number | null) =>
        index === null ? '—' : pointLabel(pick(curve[index]), rounded(curve[index]));
    const plot = new uPlot(
      {
        width: Math.max(280, element.clientWidth),
        height: HEIGHT,
        scales: { x: { time: false, distr: 3, range: () => [0.7, 240] }, y: { range: (_u, _min, max) => [0, Math.max(1, max) * 1.1] } },
        series: [
          { label: 'Age', value: (_u, hours) => ageAt(curve, hours) },
          {
            label: "Creator's upper quartile (p75)",
            stroke: BAND_EDGE,
            width: 1,
            dash: [4, 4],
            value: value(
              (p) => p.upper,
              () => false,
            ),
          },
          {
            label: "Creator's median",
            stroke: MEDIAN,
            width: 2,
            value: value(
              (p) => p.median,
              () => false,
            ),
          },
          {
            label: "Creator's lower quartile (p25)",
            stroke: BAND_EDGE,
            width: 1,
            dash: [4, 4],
            value: value(
              (p) => p.lower,
              () => false,
            ),
          },
          {
            label: 'This video',
            stroke: VIDEO,
            width: 3,
            points: { show: true, size: 8 },
            value: value(
              (p) => p.views,
              (p) => p.rounded,
            ),
          },
        ],
        bands: [{ series: [1, 3], fill: BAND_FILL }],
        axes: [
          // Every age gets its tick: a log axis would otherwise keep only powers of ten.
          {
            splits: () => curve.map((p) => p.hours),
            filter: (_u, splits) => splits,
            values: (_u, ticks) => ticks.map((t) => ageAt(curve, t)),
          },
          { size: 64, values: (_u, ticks) => ticks.map((t) => compact(t)) },
        ],
      },
      [
        curve.map((p) => p.hours),
        curve.map((p) => p.upper),
        curve.map((p) => p.median),
        curve.map((p) => p.lower),
        curve.map((p) => p.views),
      ],
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, element.clientWidth), height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- shape names everything drawn
  }, [shape]); // shape names everything drawn: the curve object itself is new on every render

  if (curve.every((p) => p.views === null && p.median === null)) {
    return <p className="empty">No views at these ages yet: they appear once the video has been seen around 1 hour after posting.</p>;
  }
  return (
    <figure className="time-chart" data-testid="age-chart" aria-labelledby={captionId}>
      <div ref={holder} />
      <figcaption id={captionId}>
        Views of this video at 1 hour, 6 hours, 24 hours and 7 days after posting (blue), against the creator's usual range at each age: the
        shaded band runs from the lower to the upper quartile of its 30 previous videos there, the line inside is their median. The table
        below gives every figure.
      </figcaption>
    </figure>
  );
}
