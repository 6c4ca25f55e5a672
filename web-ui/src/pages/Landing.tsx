import { useLoad } from '../components/States';

/** What the product does, and the ways in. The development sign-in exists in the demo only and says so. */
export function Landing() {
  const dev = useLoad(
    () =>
      fetch('/auth/dev', { credentials: 'same-origin' }).then(
        (r) => r.ok,
        () => false,
      ),
    'dev',
  );
  return (
    <main id="main" tabIndex={-1}>
      <h1>Creator Compass</h1>
      <p>
        Follow TikTok creators over time: every observation is kept, so growth, engagement and what works can be traced, compared and
        replayed.
      </p>
      <p>
        <a className="button" href="/oauth2/authorization/google">
          Sign in with Google
        </a>
      </p>
      {dev.state === 'done' && dev.value && (
        <p>
          <a href="/auth/dev">Development sign-in (demo only: not Google, anyone can be anyone)</a>
        </p>
      )}
    </main>
  );
}
