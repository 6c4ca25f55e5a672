import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, graphql, refreshSession, signOut } from './client';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

describe('the API client', () => {
  it('renews an expired access token once and repeats the call with the new one', async () => {
    const calls: string[] = [];
    let token = 'old';
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        const auth = (init?.headers as Record<string, string> | undefined)?.Authorization;
        calls.push(url + (auth ? ' ' + auth : ''));
        if (url === '/auth/csrf') return json(200, { token: 'csrf' });
        if (url === '/auth/token') return json(200, { accessToken: token });
        return auth === 'Bearer new' ? json(200, { data: { me: { id: 'u1' } } }) : json(401, {});
      }),
    );
    await refreshSession();
    token = 'new';
    expect(await graphql<{ me: { id: string } }>('{ me { id } }')).toEqual({ me: { id: 'u1' } });
    expect(calls).toEqual(['/auth/csrf', '/auth/token', '/graphql Bearer old', '/auth/csrf', '/auth/token', '/graphql Bearer new']);
  });

  it('sends one refresh for calls that find the token expired at once: a refresh token works only once', async () => {
    const refreshes: string[] = [];
    let token = 'old';
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        const auth = (init?.headers as Record<string, string> | undefined)?.Authorization;
        if (url === '/auth/csrf') return json(200, {});
        if (url === '/auth/token') {
          refreshes.push(url);
          token = 'new';
          return json(200, { accessToken: 'new' });
        }
        return auth === 'Bearer ' + token && token === 'new' ? json(200, { data: { ok: true } }) : json(401, {});
      }),
    );
    const answers = await Promise.all([graphql('{ a }'), graphql('{ b }'), graphql('{ c }')]);
    expect(answers).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(refreshes).toHaveLength(1);
  });

  it('signs out on the server with the CSRF header', async () => {
    const sent: { url: string; init?: RequestInit }[] = [];
    document.cookie = 'XSRF-TOKEN=t0k3n';
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        sent.push({ url, init });
        return new Response(null, { status: url === '/auth/logout' ? 204 : 200 });
      }),
    );
    await signOut();
    const logout = sent.find((s) => s.url === '/auth/logout');
    expect(logout?.init?.method).toBe('POST');
    expect(logout?.init?.headers).toEqual({ 'X-XSRF-TOKEN': 't0k3n' });
  });

  it('says the session has ended when the refresh cookie is gone too', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => (url === '/auth/csrf' ? json(200, {}) : json(401, {}))),
    );
    await expect(graphql('{ me { id } }')).rejects.toEqual(new ApiError('Your session has ended: sign in again.', 'UNAUTHENTICATED'));
  });

  it('says so when the server stopped a request that ran past its time limit', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(503, { status: 503, error: 'Service Unavailable' })),
    );
    await expect(graphql('{ me { id } }')).rejects.toMatchObject({ code: 'TIMED_OUT', retryable: false });
  });

  it('turns the first GraphQL error into an ApiError with its code', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => json(200, { errors: [{ message: '@nobody is not tracked', extensions: { code: 'NOT_FOUND' } }] })),
    );
    await expect(graphql('{ creator(handle: "nobody") { handle } }')).rejects.toMatchObject({
      message: '@nobody is not tracked',
      code: 'NOT_FOUND',
    });
  });
});
