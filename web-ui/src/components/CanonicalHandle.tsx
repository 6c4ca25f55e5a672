import type { ReactNode } from 'react';
import { Navigate } from 'react-router';
import { operations } from '../api/operations';
import { useOperation } from '../api/queries';
import { Show } from './States';

/**
 * A creator's page only at its canonical address. What a handle is, is the API's rule (canonicalHandle):
 * an address typed as /creator/@Ana.Reads is sent on to /creator/ana.reads (`path` builds an address from
 * a handle), and text that is no handle says so.
 */
export function AtCanonicalHandle({
  handle,
  path,
  children,
}: {
  handle: string;
  path: (handle: string) => string;
  children: (handle: string) => ReactNode;
}) {
  const canonical = useOperation(
    operations.canonicalHandle,
    { text: handle },
    (d: { canonicalHandle: string | null }) => d.canonicalHandle,
  );
  return (
    <Show loaded={canonical} isEmpty={(c) => c === null} empty={`"${handle}" is not a TikTok handle.`}>
      {(c) => (c === handle ? children(c) : <Navigate replace to={path(c!)} />)}
    </Show>
  );
}
