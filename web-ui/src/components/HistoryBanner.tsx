import { operations } from '../api/operations';
import { useOperation } from '../api/queries';
import type { HistoryProgress } from '../api/types';
import { count } from '../format';

const POLL_MS = 2000;

/** While the demo's recorded past is still arriving, a banner says how far it is; it goes when the dashboard has it. */
export function HistoryBanner({ pollMs = POLL_MS }: { pollMs?: number }) {
  const loaded = useOperation(operations.history, {}, (d: { history: HistoryProgress | null }) => d.history, {
    refetchInterval: (answer) => (answer?.arriving ? pollMs : false),
  });
  // No banner is better than a wrong one: on an error the pages say themselves what they cannot load.
  const progress = loaded.state === 'done' ? loaded.value : null;
  if (!progress?.arriving) return null;
  const left = progress.secondsLeft === null ? '' : `, about ${count(Math.max(1, progress.secondsLeft))} s left`;
  return (
    <p className="banner" role="status" aria-live="polite">
      History is still arriving: {Math.floor(progress.percent)} % of the demo&apos;s last 180 days recorded (
      {count(Math.round(progress.eventsPerSecond))} events/s{left}). Charts and growth fill in as it lands.
    </p>
  );
}
