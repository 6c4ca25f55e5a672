import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, graphql, refreshSession } from './client';

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('the API client', () => {
  it('renews an expired access token once and repeats the call with the new one', async () => {
    const calls: string[] = [];
    let token = 'old';
    vi.stubGlobal('fetch', vi.fn(async (url: string, init?: RequestInit) => {
      const auth = (init?.headers as Record<string, string> | undefined)?.Authorization;
      calls.push(url + (auth ? ' ' + auth : ''));
      if (url === '/auth/csrf') return json(200, { token: 'csrf' });
      if (url === '/auth/token') return json(200, { accessToken: token });
      return auth === 'Bearer new' ? json(200, { data: { me: { id: 'u1' } } }) : json(401, {});
    }));
    await refreshSession();
    token = 'new';
    expect(await graphql<{ me: { id: string } }>('{ me { id } }')).toEqual({ me: { id: 'u1' } });
    expect(calls).toEqual(['/auth/csrf', '/auth/token', '/graphql Bearer old', '/auth/csrf', '/auth/token', '/graphql Bearer new']);
  });

  it('says the session has ended when the refresh cookie is gone too', async () => {
    vi.stubGlobal('fetch', vi.fn(async (url: string) => (url === '/auth/csrf' ? json(200, {}) : json(401, {}))));
    await expect(graphql('{ me { id } }')).rejects.toEqual(new ApiError('Your session has ended: sign in again.', 'UNAUTHENTICATED'));
  });

  it('turns the first GraphQL error into an ApiError with its code', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json(200, { errors: [{ message: '@nobody is not tracked', extensions: { code: 'NOT_FOUND' } }] })));
    await expect(graphql('{ creator(handle: "nobody") { handle } }')).rejects.toMatchObject({ message: '@nobody is not tracked', code: 'NOT_FOUND' });
  });
});
