import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, NavLink } from 'react-router';
import { operations } from '../api/operations';
import { useOperation } from '../api/queries';
import { trackCreator } from '../api/track';
import type { InsightReport, Me, SimilarToCreator } from '../api/types';
import { InsightList } from '../components/InsightList';
import { Show } from '../components/States';
import { count, percent } from '../format';
import { useTitle } from '../title';
import { Analytics } from './Analytics';
import { Dashboard } from './Dashboard';
import { Replay } from './Replay';

export type CreatorTab = 'overview' | 'analytics' | 'replay';

/**
 * Any tracked creator's page: the KPI cards, growth, videos, insights, similar creators and replay. The
 * user's own account is the same page, marked as theirs (and with their alerts).
 */
export function CreatorPage({ me, handle, tab }: { me: Me; handle: string; tab: CreatorTab }) {
  const own = handle === me.tiktokHandle;
  const following = own || me.trackedHandles.includes(handle) || me.competitorHandles.includes(handle);
  const base = own ? '' : `/creator/${handle}`;
  useTitle(`@${handle}${tab === 'overview' ? '' : ' · ' + (tab === 'analytics' ? 'Analytics' : 'Replay')}`);
  return (
    <main id="main" tabIndex={-1}>
      <div className="page-head">
        <h1>@{handle}</h1>
        {own ? (
          <span className="badge" data-testid="own-account">
            Your account
          </span>
        ) : (
          <TrackButton me={me} handle={handle} />
        )}
        {own && !me.tiktokAccountVerified && (
          <Link className="badge warning" to="/onboarding">
            unverified: prove it is yours
          </Link>
        )}
      </div>
      <nav aria-label={`@${handle}`} className="tabs">
        <NavLink to={own ? '/dashboard' : base} end>
          Overview
        </NavLink>
        <NavLink to={own ? '/analytics' : `${base}/analytics`}>Videos and engagement</NavLink>
        <NavLink to={own ? '/replay' : `${base}/replay`}>History replay</NavLink>
      </nav>
      {tab === 'overview' && (
        <>
          <Dashboard handle={handle} own={own} following={following} />
          <Insights handle={handle} own={own} />
          <SimilarCreators handle={handle} />
        </>
      )}
      {tab === 'analytics' && <Analytics handle={handle} />}
      {tab === 'replay' && <Replay handle={handle} />}
    </main>
  );
}

/** On the user's tracking list, or a button that puts it there (alerts and live activity follow). */
function TrackButton({ me, handle }: { me: Me; handle: string }) {
  const client = useQueryClient();
  const [problem, setProblem] = useState<string | null>(null);
  if (me.trackedHandles.includes(handle)) return <span className="badge">On your tracking list</span>;
  async function track() {
    setProblem(await trackCreator(client, handle));
  }
  return (
    <>
      <button type="button" onClick={track}>
        Track @{handle}
      </button>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </>
  );
}

function Insights({ handle, own }: { handle: string; own: boolean }) {
  const report = useOperation(operations.insights, { handle }, (d: { insights: InsightReport }) => d.insights);
  return (
    <section aria-labelledby="insights-heading">
      <h2 id="insights-heading">What {own ? 'your' : 'its'} history says works</h2>
      <Show loaded={report}>{(r) => <InsightList report={r} whose={own ? 'your' : 'its'} />}</Show>
    </section>
  );
}

function SimilarCreators({ handle }: { handle: string }) {
  const similar = useOperation(
    operations.similarCreators,
    { handle, first: 6 },
    (d: { similarCreators: SimilarToCreator[] }) => d.similarCreators,
  );
  return (
    <section aria-labelledby="similar-heading">
      <h2 id="similar-heading">Similar creators</h2>
      <Show loaded={similar} isEmpty={(s) => s.length === 0} empty="No tracked creator is like this one yet.">
        {(creators) => (
          <ol className="cards">
            {creators.map((c) => (
              <li key={c.handle} className="card" data-testid="similar-to-creator">
                <h3>
                  <NavLink to={`/creator/${c.handle}`}>@{c.handle}</NavLink>
                </h3>
                <p>
                  {count(c.followers)} followers · engagement {percent(c.engagementRate)} · score {c.score.toFixed(2)}
                </p>
                <ul>
                  {c.reasons.slice(0, 3).map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </Show>
    </section>
  );
}
