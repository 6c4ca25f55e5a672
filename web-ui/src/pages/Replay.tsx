import { useEffect, useState } from 'react';
import { useOptionalOperation } from '../api/queries';
import { operations } from '../api/operations';
import type { DashboardCreator } from '../api/types';
import { alignByDay, growthLine, growthRows } from '../components/series';
import { TimeChart } from '../components/TimeChart';
import { KpiCards } from '../components/KpiCards';
import { Show } from '../components/States';
import { day, isoDay } from '../format';

// The demo records 180 days of history: the slider reaches all of it.
const DAYS = 180;
const STEP_MS = 500;
// The followers chart spans what the dashboard's does by default: each slider step reads no more than a dashboard.
const CHART_DAYS = 90;

/** The instant a replayed day ends: the dashboard as it stood then. */
export function endOfDay(today: Date, daysBack: number): string {
  const end = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - daysBack, 23, 59, 59));
  return end.toISOString();
}

/**
 * The dashboard as of any of the last 180 days: by event time (what was true then) or, with the toggle,
 * by knowledge time (what we knew then); play walks forward a day at a time.
 */
export function Replay({ handle }: { handle: string }) {
  const [daysBack, setDaysBack] = useState(0);
  const [knowledge, setKnowledge] = useState(false);
  const [playing, setPlaying] = useState(false);
  const today = new Date();
  const instant = endOfDay(today, daysBack);
  // Before its first observation a creator has no dashboard: that is an empty state, not an error.
  const shownDay = instant.substring(0, 10);
  const from = isoDay(new Date(Date.parse(shownDay + 'T00:00:00Z') - (CHART_DAYS - 1) * 86_400_000));
  const loaded = useOptionalOperation(
    operations.dashboard,
    knowledge ? { handle, asOfKnowledge: instant, from, to: shownDay } : { handle, asOf: instant, from, to: shownDay },
    (d: { creator: DashboardCreator }) => d.creator,
  );

  useEffect(() => {
    if (!playing) return;
    if (daysBack === 0) {
      setPlaying(false);
      return;
    }
    const timer = setTimeout(() => setDaysBack(daysBack - 1), STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, daysBack]);

  return (
    <>
      <h2>Replay</h2>
      <div className="controls">
        <label htmlFor="day">
          Day: <output data-testid="replay-day">{day(instant.substring(0, 10))}</output>
        </label>
        <input
          id="day"
          type="range"
          min={0}
          max={DAYS}
          value={DAYS - daysBack}
          aria-valuetext={day(instant.substring(0, 10))}
          onChange={(e) => setDaysBack(DAYS - Number(e.target.value))}
        />
        <label>
          <input type="checkbox" checked={knowledge} onChange={(e) => setKnowledge(e.target.checked)} /> As we knew it then
        </label>
        <button
          type="button"
          onClick={() => {
            if (!playing && daysBack === 0) setDaysBack(DAYS);
            setPlaying(!playing);
          }}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
      </div>
      <p>
        {knowledge
          ? 'What Creator Compass knew at the end of this day (knowledge time).'
          : 'What was true at the end of this day (event time), as we know it now.'}
      </p>
      <Show loaded={loaded} isEmpty={(c) => c === null} empty={knowledge ? 'Nothing was known of it by then.' : 'Not observed by then.'}>
        {(c) =>
          c && (
            <>
              <KpiCards creator={c} />
              <h2>Followers up to that day</h2>
              <TimeChart
                title="Followers up to that day"
                unit="followers at each day's close"
                chart={alignByDay([{ label: '@' + c.handle, points: growthLine(growthRows(c.growthColumns), 'followers') }])}
              />
            </>
          )
        }
      </Show>
    </>
  );
}
