import { useEffect, useState } from 'react';
import { graphql, refreshSession } from './api/client';
import { operations } from './api/operations';
import type { Me } from './api/types';
import { HistoryBanner } from './components/HistoryBanner';
import { Show, useLoad } from './components/States';
import { Admin } from './pages/Admin';
import { Analytics } from './pages/Analytics';
import { Compare } from './pages/Compare';
import { Dashboard } from './pages/Dashboard';
import { Landing } from './pages/Landing';
import { Onboarding } from './pages/Onboarding';
import { Recommend } from './pages/Recommend';
import { Replay } from './pages/Replay';
import { VideoView } from './pages/VideoView';

function useHash(): string {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const changed = () => setHash(window.location.hash);
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return hash;
}

const PAGES = [
  ['dashboard', 'Dashboard'], ['analytics', 'Analytics'], ['compare', 'Compare'], ['recommendations', 'Recommendations'],
  ['replay', 'Replay'], ['onboarding', 'Account'],
] as const;

/** Signed in or not; then the page the location's hash names (#/dashboard, #/video/<id>, ...). */
export function App() {
  const [version, setVersion] = useState(0);
  const session = useLoad(async () => (await refreshSession())
    ? (await graphql<{ me: Me }>(operations.me)).me : null, String(version));
  const hash = useHash();
  return (
    <Show loaded={session}>{(me) => {
      if (me === null) return <Landing />;
      const [, route = '', argument = ''] = hash.split('/');
      const admin = me.roles.includes('ADMIN');
      const page = route === '' ? 'dashboard' : route;
      const handle = me.tiktokHandle;
      // The pages about the user's own account need it linked first.
      const onboarding = page === 'onboarding' || (handle === null && ['dashboard', 'analytics', 'replay'].includes(page));
      return (
        <>
          <a className="skip" href="#main" onClick={(e) => { e.preventDefault(); document.getElementById('main')?.focus(); }}>Skip to content</a>
          <header>
            <nav aria-label="Main">
              {PAGES.map(([id, label]) => (
                <a key={id} href={`#/${id}`} aria-current={page === id ? 'page' : undefined}>{label}</a>
              ))}
              {admin && <a href="#/admin" aria-current={page === 'admin' ? 'page' : undefined}>Admin</a>}
            </nav>
            <span>{me.displayName ?? me.email}</span>
          </header>
          <HistoryBanner />
          {onboarding && <Onboarding me={me} done={() => { window.location.hash = '#/dashboard'; setVersion(version + 1); }} />}
          {handle && page === 'dashboard' && <Dashboard handle={handle} />}
          {handle && page === 'analytics' && <Analytics handle={handle} />}
          {page === 'video' && <VideoView id={argument} />}
          {page === 'compare' && <Compare me={me} changed={() => setVersion(version + 1)} />}
          {page === 'recommendations' && <Recommend handle={handle} />}
          {handle && page === 'replay' && <Replay handle={handle} />}
          {page === 'admin' && (admin ? <Admin /> : <main id="main" tabIndex={-1}><h1>Admin</h1><p role="alert">Only for admins.</p></main>)}
        </>
      );
    }}</Show>
  );
}
