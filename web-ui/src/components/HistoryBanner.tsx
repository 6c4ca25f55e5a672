import { useEffect, useState } from 'react';
import { graphql } from '../api/client';
import { operations } from '../api/operations';
import type { HistoryProgress } from '../api/types';
import { count } from '../format';

const POLL_MS = 2000;

/** While the demo's recorded past is still arriving, a banner says how far it is; it goes when the dashboard has it. */
export function HistoryBanner({ pollMs = POLL_MS }: { pollMs?: number }) {
  const [progress, setProgress] = useState<HistoryProgress | null>(null);
  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      try {
        const answer = (await graphql<{ history: HistoryProgress | null }>(operations.history)).history;
        if (stopped) return;
        setProgress(answer);
        if (answer?.arriving) timer = setTimeout(poll, pollMs);
      } catch {
        // No banner is better than a wrong one: the pages say themselves when they cannot load.
      }
    };
    poll();
    return () => { stopped = true; clearTimeout(timer); };
  }, [pollMs]);
  if (!progress?.arriving) return null;
  const left = progress.secondsLeft === null ? '' : `, about ${count(Math.max(1, progress.secondsLeft))} s left`;
  return (
    <p className="banner" role="status" aria-live="polite">
      History is still arriving: {Math.floor(progress.percent)} % of the demo&apos;s last 180 days recorded
      ({count(Math.round(progress.eventsPerSecond))} events/s{left}). Charts and growth fill in as it lands.
    </p>
  );
}
