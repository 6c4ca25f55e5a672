// For tests only: a page rendered as the app renders it, with a data client of its own (nothing cached
// between tests) and a router at the given location.
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';
import { newQueryClient } from './api/queries';

export function renderPage(page: ReactNode, at = '/') {
  const client = newQueryClient();
  return {
    client,
    ...render(
      <QueryClientProvider client={client}>
        <MemoryRouter initialEntries={[at]}>{page}</MemoryRouter>
      </QueryClientProvider>,
    ),
  };
}

/** A GraphQL request as the page sent it. */
export interface Sent {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * Stands in for the API: answers each request with the body `answer` gives for it (`{ data }` or
 * `{ errors }`), and keeps every request, so that a test says what the page sent as well as what it
 * showed. `answer` sees the request and how many came before it.
 */
export function fakeApi(answer: (request: Sent, index: number) => unknown): { sent: Sent[] } {
  const sent: Sent[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init?: RequestInit) => {
      const request: Sent = JSON.parse(String(init?.body ?? '{}'));
      sent.push({ query: request.query ?? '', variables: request.variables ?? {} });
      return Response.json(answer(sent[sent.length - 1], sent.length - 1));
    }),
  );
  return { sent };
}
