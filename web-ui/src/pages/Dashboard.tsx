import { graphql } from '../api/client';
import { operations } from '../api/operations';
import type { DashboardCreator } from '../api/types';
import { GrowthChart } from '../components/GrowthChart';
import { KpiCards } from '../components/KpiCards';
import { Show, useLoad } from '../components/States';
import { count } from '../format';

function isoDay(date: Date): string {
  return date.toISOString().substring(0, 10);
}

/** The creator's KPI cards, 90 days of follower growth and the latest videos. */
export function Dashboard({ handle }: { handle: string }) {
  const to = new Date();
  const from = new Date(to.getTime() - 89 * 86_400_000);
  const loaded = useLoad(() => graphql<{ creator: DashboardCreator }>(operations.dashboard,
    { handle, from: isoDay(from), to: isoDay(to), granularity: 'DAY' }).then((d) => d.creator), handle);
  return (
    <main id="main" tabIndex={-1}>
      <h1>@{handle}</h1>
      <Show loaded={loaded}>{(c) => (
        <>
          {c.source === 'SIMULATION' && (
            <p className="simulated">Simulated data: this creator lives on the demo's stand-in TikTok site.</p>
          )}
          <KpiCards creator={c} />
          <h2>Followers, last 90 days</h2>
          <GrowthChart points={c.growth} />
          <h2>Latest videos</h2>
          {c.latestVideos.edges.length === 0 ? <p className="empty">No videos seen yet.</p> : (
            <ul>
              {c.latestVideos.edges.slice(0, 5).map(({ node }) => (
                <li key={node.id}>{node.caption ?? node.id}: {count(node.views)} views</li>
              ))}
            </ul>
          )}
        </>
      )}</Show>
    </main>
  );
}
