import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HistoryBanner } from './HistoryBanner';
import { fakeApi, renderPage } from '../testing';

/** The API answering each request with the next of `answers`. */
function answering(...answers: unknown[]) {
  return fakeApi((_request, index) => ({ data: answers[Math.min(index, answers.length - 1)] }));
}

afterEach(() => vi.unstubAllGlobals());

describe('the history banner', () => {
  it('says how far the history is while it arrives, and goes when the dashboard has it', async () => {
    const api = answering(
      { history: { arriving: true, percent: 42.7, eventsPerSecond: 5100.4, secondsLeft: 9, readyAfterSeconds: null } },
      { history: { arriving: false, percent: 100, eventsPerSecond: 5000, secondsLeft: 0, readyAfterSeconds: 41.2 } },
    );
    renderPage(<HistoryBanner pollMs={200} />);

    const banner = (await screen.findByRole('status')).textContent;
    expect(banner).toContain('42 % of the demo');
    expect(banner).toContain('(5,100 events/s, about 9 s left)');
    await vi.waitFor(() => expect(screen.queryByRole('status')).toBeNull());
    expect(api.sent).toHaveLength(2);
    expect(api.sent.every((request) => request.query.includes('history'))).toBe(true);
  });

  it('shows nothing outside the demo', async () => {
    const api = answering({ history: null });
    renderPage(<HistoryBanner pollMs={10} />);

    await vi.waitFor(() => expect(api.sent).toHaveLength(1));
    expect(screen.queryByRole('status')).toBeNull();
  });
});
