import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryBanner } from './HistoryBanner';
import { renderPage } from '../testing';

function answering(...answers: unknown[]) {
  const fetch = vi.fn();
  answers.forEach((data) =>
    fetch.mockResolvedValueOnce(new Response(JSON.stringify({ data }), { status: 200, headers: { 'Content-Type': 'application/json' } })),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

afterEach(() => vi.unstubAllGlobals());

describe('the history banner', () => {
  it('says how far the history is while it arrives, and goes when the dashboard has it', async () => {
    const fetch = answering(
      { history: { arriving: true, percent: 42.7, eventsPerSecond: 5100.4, secondsLeft: 9, readyAfterSeconds: null } },
      { history: { arriving: false, percent: 100, eventsPerSecond: 5000, secondsLeft: 0, readyAfterSeconds: 41.2 } },
    );
    renderPage(<HistoryBanner pollMs={200} />);

    const banner = (await screen.findByRole('status')).textContent;
    expect(banner).toContain('42 % of the demo');
    expect(banner).toContain('(5,100 events/s, about 9 s left)');
    await vi.waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('shows nothing outside the demo', async () => {
    const fetch = answering({ history: null });
    renderPage(<HistoryBanner pollMs={10} />);

    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
