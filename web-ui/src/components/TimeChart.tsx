import { useEffect, useId, useRef, useState } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { compact, day } from '../format';
import { canUseLogScale, daySeconds, pointLabel, type SeriesChart } from './series';

// Colours with at least 4.5:1 against white, told apart by hue.
const COLOURS = ['#1f5fbf', '#b3261e', '#2e7d32', '#7b1fa2', '#8a5a00', '#00697a', '#c2185b', '#455a64', '#5d4037', '#283593'];
const HEIGHT = 260;
const DAY_SECONDS = 86_400;

/** A day marked on the curve (an alert), with what happened. */
export interface Marker {
  day: string;
  label: string;
}

/**
 * Lines over days (uPlot: a small, fast canvas time-series library). Hovering shows each line's exact
 * value with its precision ("≈" rounded, "unknown" absent); dragging across zooms into those days and a
 * double click zooms out; a log scale when every value is above 0; markers for alerts.
 */
export function TimeChart({
  title,
  chart,
  digits = 0,
  markers = [],
  unit,
}: {
  title: string;
  chart: SeriesChart;
  digits?: number;
  markers?: Marker[];
  unit: string;
}) {
  const holder = useRef<HTMLDivElement>(null);
  const captionId = useId();
  const [log, setLog] = useState(false);
  const logAllowed = canUseLogScale(chart);
  const logShown = log && logAllowed;
  const shape = JSON.stringify([chart, markers, digits, logShown]);
  useEffect(() => {
    const element = holder.current;
    if (element === null || chart.days.length === 0) return;
    const data: uPlot.AlignedData = [chart.days.map(daySeconds), ...chart.series.map((s) => s.values)];
    const single = chart.days.length === 1 ? daySeconds(chart.days[0]) : null;
    const plot = new uPlot(
      {
        width: Math.max(280, element.clientWidth),
        height: HEIGHT,
        // A single day would otherwise stretch the time axis over years: show the day with one either side.
        scales: {
          x: { time: true, range: (_u, min, max) => (single === null ? [min, max] : [single - DAY_SECONDS, single + DAY_SECONDS]) },
          y: { distr: logShown ? 3 : 1 },
        },
        series: [
          { label: 'Day', value: (_u, seconds) => (seconds === null ? '—' : day(new Date(seconds * 1000).toISOString().substring(0, 10))) },
          ...chart.series.map((s, i) => ({
            label: s.label,
            stroke: COLOURS[i % COLOURS.length],
            width: 2,
            spanGaps: true,
            points: { show: chart.days.length <= 60 },
            value: (_u: uPlot, _raw: number, _series: number, index: number | null) =>
              index === null ? '—' : pointLabel(s.values[index], s.rounded[index], digits),
          })),
        ],
        axes: [{}, { size: 64, values: (_u, ticks) => ticks.map((t) => (digits > 0 ? t.toFixed(digits) : compact(t))) }],
        hooks: {
          draw: [
            (u) => {
              const ctx = u.ctx;
              ctx.save();
              ctx.strokeStyle = '#8a5a00';
              ctx.setLineDash([4, 4]);
              for (const marker of markers) {
                const x = u.valToPos(daySeconds(marker.day), 'x', true);
                if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) continue;
                ctx.beginPath();
                ctx.moveTo(x, u.bbox.top);
                ctx.lineTo(x, u.bbox.top + u.bbox.height);
                ctx.stroke();
              }
              ctx.restore();
            },
          ],
        },
      },
      data,
      element,
    );
    const resize = new ResizeObserver(() => plot.setSize({ width: Math.max(280, element.clientWidth), height: HEIGHT }));
    resize.observe(element);
    return () => {
      resize.disconnect();
      plot.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- shape names everything drawn
  }, [shape]); // shape names everything drawn: the chart object itself is new on every render

  if (chart.days.length === 0) return <p className="empty">No days in this range yet: they appear after the first scrapes.</p>;
  const first = chart.days[0];
  const last = chart.days[chart.days.length - 1];
  return (
    <figure className="time-chart" data-testid="time-chart" aria-labelledby={captionId}>
      <div className="controls">
        <label>
          <input type="checkbox" checked={logShown} disabled={!logAllowed} onChange={(e) => setLog(e.target.checked)} /> Log scale
        </label>
        <span className="muted">Drag across days to zoom in; double-click to zoom out.</span>
      </div>
      <div ref={holder} />
      <figcaption id={captionId}>
        {title}: {unit} by day (UTC), {day(first)} to {day(last)}; {chart.series.length === 1 ? 'one line' : `${chart.series.length} lines`}
        {markers.length > 0 && (
          <>
            ; dashed lines mark {markers.length === 1 ? 'an alert' : `${markers.length} alerts`} ({markers.map((m) => m.label).join('; ')})
          </>
        )}
        .
      </figcaption>
    </figure>
  );
}
