import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeApi, renderPage } from '../testing';
import { Sessions } from './Sessions';

afterEach(() => vi.unstubAllGlobals());

const LAPTOP = {
  id: 's-laptop',
  startedAt: '2026-12-01T09:00:00Z',
  lastUsedAt: '2026-12-06T10:00:00Z',
  endsAt: '2026-12-31T09:00:00Z',
  client: 'Firefox on Linux',
  current: true,
};
const PHONE = {
  id: 's-phone',
  startedAt: '2026-11-20T18:00:00Z',
  lastUsedAt: '2026-11-21T08:00:00Z',
  endsAt: '2026-12-20T18:00:00Z',
  client: 'Safari on iPhone',
  current: false,
};

describe('where the user is signed in', () => {
  it('lists the sessions, ends another one by its id, and shows the list without it', async () => {
    let live = [LAPTOP, PHONE];
    const api = fakeApi((body) => {
      if (body.query.includes('endSession')) {
        live = live.filter((s) => s.id !== body.variables.id);
        return { data: { endSession: { ended: 1, errors: [] } } };
      }
      return { data: { me: { id: 'u-1', sessions: live } } };
    });
    renderPage(<Sessions />);

    expect(await screen.findByText('Safari on iPhone')).toBeTruthy();
    expect(screen.getByText('This browser')).toBeTruthy();
    expect(screen.getAllByRole('button')).toHaveLength(1); // the current sign-in is ended by signing out, not here

    fireEvent.click(screen.getByRole('button', { name: /End the sign-in of Safari on iPhone/ }));

    await waitFor(() => expect(screen.queryByText('Safari on iPhone')).toBeNull());
    expect(api.sent.find((s) => s.query.includes('endSession'))?.variables).toEqual({ id: 's-phone' });
  });

  it('says why a session could not be ended', async () => {
    fakeApi((body) => {
      return body.query.includes('endSession')
        ? {
            data: { endSession: { ended: 0, errors: [{ code: 'NOT_FOUND', message: 'no live session of yours has that id' }] } },
          }
        : { data: { me: { id: 'u-1', sessions: [LAPTOP, PHONE] } } };
    });
    renderPage(<Sessions />);

    fireEvent.click(await screen.findByRole('button', { name: /End the sign-in of Safari on iPhone/ }));

    expect((await screen.findByRole('alert')).textContent).toBe('no live session of yours has that id');
  });
});
