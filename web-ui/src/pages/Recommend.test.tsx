import { screen } from '@testing-library/react';
import { fakeApi, renderPage } from '../testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Recommend } from './Recommend';

function answering(data: unknown) {
  return fakeApi(() => data);
}

afterEach(() => vi.unstubAllGlobals());

describe('the recommendations page', () => {
  it('says what the user still has to give when there is nothing to recommend', async () => {
    const api = answering({ data: { recommendations: { basedOn: null, missing: ['LINK_TIKTOK_ACCOUNT', 'SET_NICHES'], creators: [] } } });
    renderPage(<Recommend handle={null} />);
    expect(
      await screen.findByText("Link your TikTok account to compare with it. Set your audience's niches to get recommendations."),
    ).toBeTruthy();
    expect(screen.getByText('Link your TikTok account to see insights.')).toBeTruthy();
    expect(api.sent.map((request) => request.query)).toEqual([expect.stringContaining('recommendations(')]);
  });

  it('shows each creator with its reasons', async () => {
    answering({
      data: {
        recommendations: {
          basedOn: 'ana',
          missing: [],
          creators: [
            {
              handle: 'bo',
              nickname: 'Bo',
              followers: 3000,
              tier: 'nano',
              region: 'GB',
              language: 'en',
              engagementRate: 0.105,
              score: 0.76,
              reasons: ['shares #reading and #booktok', '3× your size'],
              scoreBreakdown: [],
            },
          ],
        },
      },
    });
    renderPage(<Recommend handle={null} />);
    expect(await screen.findByText('@bo')).toBeTruthy();
    expect(screen.getByText('shares #reading and #booktok')).toBeTruthy();
    expect(screen.getByTestId('region').textContent).toBe('GB');
  });

  it('shows an API refusal as an alert with its message', async () => {
    answering({ errors: [{ message: "'GBR' is not one of the regions", extensions: { code: 'INVALID_ARGUMENT' } }] });
    renderPage(<Recommend handle={null} />);
    expect((await screen.findByRole('alert')).textContent).toBe("Could not load: 'GBR' is not one of the regions");
  });
});
