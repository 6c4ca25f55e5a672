import { fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../api/types';
import { fakeApi, renderPage } from '../testing';
import { AccountProof } from './AccountProof';

afterEach(() => vi.unstubAllGlobals());

const ME: Me = {
  id: 'u-1',
  email: 'ana@example.com',
  displayName: 'Ana',
  registeredAt: '2026-12-01T00:00:00Z',
  roles: ['USER'],
  tiktokHandle: 'ana.reads',
  tiktokAccountVerified: false,
  tiktokVerificationCode: 'cc-7KQ4M2XA',
  audience: { niches: [], regions: [], languages: [], ageBand: null },
  trackedHandles: [],
  competitorHandles: [],
  trackedCreators: [],
};

describe('proving the linked account is yours', () => {
  it('shows the code, has the bio looked at now, and says so once a scrape verified it', async () => {
    let verified = false;
    const api = fakeApi((body) => {
      if (body.query.includes('requestScrape')) {
        verified = true; // the scrape it asked for saw the code
        return { data: { requestScrape: { scheduled: true, errors: [] } } };
      }
      return {
        data: { me: { ...ME, tiktokAccountVerified: verified, tiktokVerificationCode: verified ? null : ME.tiktokVerificationCode } },
      };
    });
    const changed = vi.fn();
    renderPage(<AccountProof me={ME} changed={changed} />);

    expect(screen.getByTestId('verification-code').textContent).toBe('cc-7KQ4M2XA');
    expect(screen.getByText('unverified')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Check my bio now' }));

    expect((await screen.findByRole('status')).textContent).toContain('@ana.reads will be looked at within a minute');
    expect(api.sent.find((s) => s.query.includes('requestScrape'))?.variables).toEqual({ handle: 'ana.reads' });
    await waitFor(() => expect(changed).toHaveBeenCalled(), { timeout: 8_000 });
    expect(await screen.findByTestId('account-verified')).toBeTruthy();
  }, 10_000);

  it('asks for a new code, and says why when there is none to give', async () => {
    fakeApi((body) => {
      return body.query.includes('issueTikTokVerificationCode')
        ? {
            data: {
              issueTikTokVerificationCode: {
                me: null,
                errors: [{ code: 'NOT_FOUND', reason: 'NO_TIKTOK_ACCOUNT', message: 'link your TikTok account first' }],
              },
            },
          }
        : { data: { me: ME } };
    });
    renderPage(<AccountProof me={ME} changed={() => {}} />);

    fireEvent.click(screen.getByRole('button', { name: 'New code' }));

    expect((await screen.findByRole('status')).textContent).toBe('link your TikTok account first');
  });
});
