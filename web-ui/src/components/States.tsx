import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'done'; value: T };

/**
 * A read that is not a GraphQL operation (the session, the sign-in options), cached under {@code key};
 * GraphQL reads go through useOperation, keyed by the operation and its variables.
 */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const query = useQuery({ queryKey: ['load', key], queryFn: load, retry: false, staleTime: Infinity });
  if (query.isError) return { state: 'error', message: query.error.message };
  if (query.isSuccess) return { state: 'done', value: query.data };
  return { state: 'loading' };
}

/** Loading, error and empty states the same way on every view. */
export function Show<T>({
  loaded,
  isEmpty,
  empty,
  children,
}: {
  loaded: Loaded<T>;
  isEmpty?: (value: T) => boolean;
  empty?: ReactNode;
  children: (value: T) => ReactNode;
}) {
  if (loaded.state === 'loading')
    return (
      <p role="status" aria-live="polite">
        Loading…
      </p>
    );
  if (loaded.state === 'error')
    return (
      <p role="alert" className="error">
        Could not load: {loaded.message}
      </p>
    );
  if (isEmpty?.(loaded.value)) return <p className="empty">{empty}</p>;
  return <>{children(loaded.value)}</>;
}
