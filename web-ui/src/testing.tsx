// For tests only: a page rendered as the app renders it, with a data client of its own (nothing cached
// between tests) and a router at the given location.
import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
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
