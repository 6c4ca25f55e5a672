import { cleanup, screen, waitFor } from '@testing-library/react';
import { focusManager } from '@tanstack/react-query';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderPage } from '../testing';
import { useOperation, useOptionalOperation } from './queries';

const OPERATION = 'query Creator($handle: String!) { creator(handle: $handle) { handle } }';

function Handle({ handle }: { handle: string }) {
  const loaded = useOperation(OPERATION, { handle }, (d: { creator: { handle: string } }) => d.creator.handle);
  return <p>{loaded.state === 'done' ? loaded.value : loaded.state === 'error' ? 'error: ' + loaded.message : 'loading'}</p>;
}

function MaybeHandle({ handle }: { handle: string }) {
  const loaded = useOptionalOperation(OPERATION, { handle }, (d: { creator: { handle: string } }) => d.creator.handle);
  return <p>{loaded.state === 'done' ? String(loaded.value) : loaded.state}</p>;
}

function answers(...bodies: unknown[]) {
  const fetch = vi.fn(async (_url: string, init: RequestInit) => {
    const body = bodies.length > 1 ? bodies.shift() : bodies[0];
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' }, ...{ init } });
  });
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

const unavailable = { errors: [{ message: 'the store is unreachable', extensions: { code: 'UNAVAILABLE', retryable: true } }] };
const notFound = { errors: [{ message: '@bo is not tracked', extensions: { code: 'NOT_FOUND' } }] };

// jsdom's document is hidden, and the data client waits for a visible page before it tries again.
beforeAll(() => focusManager.setFocused(true));
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the data client', () => {
  it('asks once for an operation two parts of a page show with the same variables', async () => {
    const fetch = answers({ data: { creator: { handle: 'ana' } } });
    renderPage(
      <>
        <Handle handle="ana" />
        <Handle handle="ana" />
      </>,
    );
    expect(await screen.findAllByText('ana')).toHaveLength(2);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('sends the same operation again for other variables', async () => {
    const fetch = answers({ data: { creator: { handle: 'ana' } } }, { data: { creator: { handle: 'bo' } } });
    renderPage(
      <>
        <Handle handle="ana" />
        <Handle handle="bo" />
      </>,
    );
    await screen.findByText('bo');
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(JSON.parse(fetch.mock.calls[1][1].body as string).variables).toEqual({ handle: 'bo' });
  });

  it('cancels a read when the page that asked is gone', async () => {
    let signal: AbortSignal | undefined;
    vi.stubGlobal(
      'fetch',
      vi.fn((_url: string, init: RequestInit) => {
        signal = init.signal ?? undefined;
        return new Promise<Response>(() => {});
      }),
    );
    const { unmount } = renderPage(<Handle handle="ana" />);
    await waitFor(() => expect(signal).toBeDefined());
    unmount();
    await waitFor(() => expect(signal?.aborted).toBe(true));
  });

  it('tries again what the API says may succeed on a second try, and only that', async () => {
    const fetch = answers(unavailable, { data: { creator: { handle: 'ana' } } });
    renderPage(<Handle handle="ana" />);
    expect(await screen.findByText('ana', {}, { timeout: 5000 })).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(2);

    const refused = answers(notFound);
    renderPage(<Handle handle="bo" />);
    expect(await screen.findByText('error: @bo is not tracked')).toBeTruthy();
    expect(refused).toHaveBeenCalledTimes(1);
  }, 15_000);

  it('reads NOT_FOUND as no creator (null) where a page expects that', async () => {
    answers(notFound);
    renderPage(<MaybeHandle handle="bo" />);
    expect(await screen.findByText('null')).toBeTruthy();
  });
});
