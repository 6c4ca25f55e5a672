import { useEffect, useState, type ReactNode } from 'react';

export type Loaded<T> = { state: 'loading' } | { state: 'error'; message: string } | { state: 'done'; value: T };

/** Runs {@code load} when {@code key} changes and reports its state. */
export function useLoad<T>(load: () => Promise<T>, key: string): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  useEffect(() => {
    let current = true;
    setLoaded({ state: 'loading' });
    load().then((value) => current && setLoaded({ state: 'done', value }),
      (error: Error) => current && setLoaded({ state: 'error', message: error.message }));
    return () => { current = false; };
  }, [key]); // key names what the load depends on: the function itself is new on every render
  return loaded;
}

/** Loading, error and empty states the same way on every view. */
export function Show<T>({ loaded, isEmpty, empty, children }:
  { loaded: Loaded<T>; isEmpty?: (value: T) => boolean; empty?: ReactNode; children: (value: T) => ReactNode }) {
  if (loaded.state === 'loading') return <p role="status" aria-live="polite">Loading…</p>;
  if (loaded.state === 'error') return <p role="alert" className="error">Could not load: {loaded.message}</p>;
  if (isEmpty?.(loaded.value)) return <p className="empty">{empty}</p>;
  return <>{children(loaded.value)}</>;
}
