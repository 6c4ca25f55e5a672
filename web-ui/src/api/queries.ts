// The data client: TanStack Query caches each operation's answer by (operation, variables), shares it
// between the pages that show it, cancels a read nobody waits for any more, and retries only what the
// API says may succeed on a second try (UNAVAILABLE, extensions.retryable).
import { QueryClient, useQuery } from '@tanstack/react-query';
import { ApiError, graphql } from './client';
import type { Loaded } from '../components/States';

export function newQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => failures < 2 && error instanceof ApiError && error.retryable,
      },
    },
  });
}

export interface OperationOptions<T> {
  /** False waits (state loading) without sending. */
  enabled?: boolean;
  /** Asks again every so many milliseconds while shown (or as the answer in hand says: false stops). */
  refetchInterval?: number | ((answer: T | null | undefined) => number | false);
}

/** One GraphQL read as a {@link Loaded} state: {@code pick} takes what the page shows from the answer. */
export function useOperation<D, T>(
  operation: string,
  variables: Record<string, unknown>,
  pick: (data: D) => T,
  options: OperationOptions<T> = {},
): Loaded<T> {
  // Without notFoundIsNull the answer is never null.
  return useRead(operation, variables, pick, options as OperationOptions<T | null>, false) as Loaded<T>;
}

/** The same, where NOT_FOUND is an answer (null), not an error: a creator before its first observation. */
export function useOptionalOperation<D, T>(
  operation: string,
  variables: Record<string, unknown>,
  pick: (data: D) => T,
  options: OperationOptions<T | null> = {},
): Loaded<T | null> {
  return useRead(operation, variables, pick, options, true);
}

function useRead<D, T>(
  operation: string,
  variables: Record<string, unknown>,
  pick: (data: D) => T,
  options: OperationOptions<T | null>,
  notFoundIsNull: boolean,
): Loaded<T | null> {
  const every = options.refetchInterval;
  const query = useQuery({
    queryKey: [operation, variables, notFoundIsNull],
    queryFn: ({ signal }) =>
      graphql<D>(operation, variables, signal).catch((error: unknown) => {
        if (notFoundIsNull && error instanceof ApiError && error.code === 'NOT_FOUND') return null;
        throw error;
      }),
    select: (data: D | null) => (data === null ? null : pick(data)),
    enabled: options.enabled ?? true,
    refetchInterval:
      typeof every === 'function'
        ? (query) => every(query.state.data === undefined ? undefined : query.state.data === null ? null : pick(query.state.data))
        : every,
  });
  if (query.isError) return { state: 'error', message: query.error.message };
  if (query.isSuccess) return { state: 'done', value: query.data };
  return { state: 'loading' };
}
