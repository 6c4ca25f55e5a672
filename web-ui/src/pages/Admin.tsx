import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { graphql } from '../api/client';
import { operations } from '../api/operations';
import type { MutationErrors, ReplayStatus, SessionsEnded } from '../api/types';
import { Show } from '../components/States';
import { useOperation } from '../api/queries';
import { count } from '../format';

/** Admin only: how far each projection is behind, and replays with their progress. */
export function Admin() {
  const client = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  const [running, setRunning] = useState(false);
  const status = useOperation(operations.replayStatus, {}, (d: { replayStatus: ReplayStatus }) => d.replayStatus, {
    refetchInterval: running ? 1000 : 5000,
  });
  const nowRunning = status.state === 'done' && status.value.replays.some((r) => r.state === 'RUNNING');
  useEffect(() => setRunning(nowRunning), [nowRunning]);

  async function start(projection: 'WAREHOUSE' | 'STREAMS') {
    const result = await graphql<{ replay: MutationErrors }>(operations.replay, { projection }).catch((e: Error) => {
      setProblem(e.message);
      return null;
    });
    setProblem(result && result.replay.errors.length > 0 ? result.replay.errors.map((e) => e.message).join(' ') : null);
    await client.invalidateQueries({ queryKey: [operations.replayStatus] });
  }

  return (
    <main id="main" tabIndex={-1}>
      <h1>Admin</h1>
      <EndUserSessions />
      <div className="controls">
        <button type="button" disabled={running} onClick={() => start('WAREHOUSE')}>
          Rebuild the warehouse
        </button>
        <button type="button" disabled={running} onClick={() => start('STREAMS')}>
          Recompute the stream series
        </button>
      </div>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
      <Show loaded={status}>
        {(s) => (
          <>
            <table>
              <caption>Projection lag: events not yet processed</caption>
              <thead>
                <tr>
                  <th scope="col">Processor</th>
                  <th scope="col">Segment</th>
                  <th scope="col">Behind</th>
                </tr>
              </thead>
              <tbody>
                {s.processors.map((p) => (
                  <tr key={p.processor + p.segment}>
                    <td>{p.processor}</td>
                    <td>{p.segment}</td>
                    <td>{count(p.behind)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table>
              <caption>Replays since this server started</caption>
              <thead>
                <tr>
                  <th scope="col">Projection</th>
                  <th scope="col">State</th>
                  <th scope="col">By</th>
                  <th scope="col">Detail</th>
                </tr>
              </thead>
              <tbody>
                {s.replays.map((r) => (
                  <tr key={r.id}>
                    <td>{r.projection}</td>
                    <td>{r.state === 'RUNNING' ? <span role="status">running…</span> : r.state}</td>
                    <td>{r.requestedBy}</td>
                    <td>{r.detail ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Show>
    </main>
  );
}

/** Signs a user out everywhere: every session of the account with that e-mail address ends. */
function EndUserSessions() {
  const [email, setEmail] = useState('');
  const [outcome, setOutcome] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await graphql<{ endUserSessions: SessionsEnded }>(operations.endUserSessions, { email }).catch((e: Error) => {
      setOutcome(e.message);
      return null;
    });
    if (answer) {
      const { ended, errors } = answer.endUserSessions;
      setOutcome(
        errors.length > 0 ? errors.map((e) => e.message).join(' ') : `Ended ${ended} session${ended === 1 ? '' : 's'} of ${email}.`,
      );
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby="end-user-sessions">
      <h2 id="end-user-sessions">Sign a user out everywhere</h2>
      <label htmlFor="end-email">E-mail address</label>
      <input id="end-email" type="email" maxLength={320} required value={email} onChange={(e) => setEmail(e.target.value)} />
      <button type="submit">End their sessions</button>
      {outcome && <p role="status">{outcome}</p>}
    </form>
  );
}
