import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { subscribeToActivity, type ActivityEvent } from '../api/activity';
import { currentToken, refreshSession } from '../api/client';
import { operations } from '../api/operations';

/**
 * A creator's first scrape as it happens (the live activity subscription): waiting, then recorded or
 * failed with the scraper's words. When it is recorded, every cached read is asked again. {@code observed}:
 * the page has seen the first observation itself (a scrape faster than the subscription).
 */
export function FirstScrape({ handle, observed = false, children }: { handle: string; observed?: boolean; children?: ReactNode }) {
  const client = useQueryClient();
  const [activity, setActivity] = useState<ActivityEvent | null>(null);
  const [opened, setOpened] = useState(0);
  useEffect(() => {
    const token = currentToken();
    if (token === null) return;
    return subscribeToActivity(
      operations.myActivity,
      token,
      (event) => {
        if (event.handle !== handle) return;
        setActivity(event);
        if (event.kind === 'SCRAPE_RECORDED') client.invalidateQueries();
      },
      () => {
        void refreshSession().then((renewed) => {
          if (renewed) setOpened((n) => n + 1);
        });
      },
    );
  }, [handle, client, opened]);
  return (
    <section aria-live="polite" data-testid="first-scrape">
      <h2>First scrape of @{handle}</h2>
      {activity !== null ? (
        <p>
          {activity.kind === 'SCRAPE_RECORDED' ? 'Recorded' : 'Failed'}: {activity.detail}
        </p>
      ) : observed ? (
        <p>Recorded: its first observation is in.</p>
      ) : (
        <p role="status">Tracking @{handle}: waiting for its first scrape…</p>
      )}
      {children}
    </section>
  );
}
