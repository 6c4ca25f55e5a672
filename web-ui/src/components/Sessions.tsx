import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { graphql } from '../api/client';
import { operations } from '../api/operations';
import { useOperation } from '../api/queries';
import type { SessionsEnded, SignInSession } from '../api/types';
import type * as G from '../api/generated';
import { instant } from '../format';
import { Show } from './States';

/**
 * Where the user is signed in: each browser's sign-in, and a way to end the others (a lost phone, a
 * shared computer). Ending one stops its refresh token at once and its access tokens within seconds.
 */
export function Sessions() {
  const client = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const sessions = useOperation(operations.sessions, {}, (d: G.SessionsQuery) => d.me.sessions);

  async function end(session: SignInSession) {
    setProblem(null);
    const answer = await graphql<{ endSession: SessionsEnded }>(operations.endSession, { id: session.id }).catch((e: Error) => {
      setProblem(e.message);
      return null;
    });
    if (answer && answer.endSession.errors.length > 0) setProblem(answer.endSession.errors.map((e) => e.message).join(' '));
    await client.invalidateQueries({ queryKey: [operations.sessions] });
  }

  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you are signed in</h2>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <Show loaded={sessions}>
        {(list) => (
          <table>
            <thead>
              <tr>
                <th scope="col">Browser</th>
                <th scope="col">Signed in</th>
                <th scope="col">Last used</th>
                <th scope="col">Ends at the latest</th>
                <th scope="col">
                  <span className="visually-hidden">Action</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.id}>
                  <td>{s.client ?? 'Unknown browser'}</td>
                  <td>{instant(s.startedAt)}</td>
                  <td>{instant(s.lastUsedAt)}</td>
                  <td>{instant(s.endsAt)}</td>
                  <td>
                    {s.current ? (
                      'This browser'
                    ) : (
                      <button
                        type="button"
                        onClick={() => end(s)}
                        aria-label={`End the sign-in of ${s.client ?? 'an unknown browser'} from ${instant(s.startedAt)}`}
                      >
                        End
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Show>
    </section>
  );
}
