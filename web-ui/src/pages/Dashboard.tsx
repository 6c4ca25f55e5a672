import { useState } from 'react';
import { graphql } from '../api/client';
import { operations } from '../api/operations';
import type { AlertPage, DashboardCreator } from '../api/types';
import { GrowthChart } from '../components/GrowthChart';
import { KpiCards } from '../components/KpiCards';
import { Show, useLoad } from '../components/States';
import { DownloadCsv } from '../components/DownloadCsv';
import { count, day, isoDay } from '../format';

/** The creator's KPI cards, 90 days of follower growth and the latest videos. */
export function Dashboard({ handle }: { handle: string }) {
  const [days, setDays] = useState(90);
  const [granularity, setGranularity] = useState<'DAY' | 'WEEK' | 'MONTH'>('DAY');
  const to = new Date();
  const from = new Date(to.getTime() - (days - 1) * 86_400_000);
  const loaded = useLoad(() => graphql<{ creator: DashboardCreator }>(operations.dashboard,
    { handle, from: isoDay(from), to: isoDay(to), granularity }).then((d) => d.creator), handle + days + granularity);
  const alerts = useLoad(() => graphql<{ alerts: AlertPage }>(operations.alerts, { first: 10 }).then((d) => d.alerts), 'alerts');
  return (
    <main id="main" tabIndex={-1}>
      <h1>@{handle}</h1>
      <Show loaded={loaded}>{(c) => (
        <>
          {c.source === 'SIMULATION' && (
            <p className="simulated">Simulated data: this creator lives on the demo's stand-in TikTok site.</p>
          )}
          <KpiCards creator={c} />
          <h2>Growth</h2>
          <div className="controls">
            <label htmlFor="range">Range</label>
            <select id="range" value={days} onChange={(e) => setDays(Number(e.target.value))}>
              <option value={30}>30 days</option><option value={90}>90 days</option><option value={365}>365 days</option>
            </select>
            <label htmlFor="granularity">By</label>
            <select id="granularity" value={granularity} onChange={(e) => setGranularity(e.target.value as 'DAY' | 'WEEK' | 'MONTH')}>
              <option value="DAY">day</option><option value="WEEK">week</option><option value="MONTH">month</option>
            </select>
          </div>
          <h3>Followers</h3>
          <GrowthChart points={c.growth} metric="followers" />
          <h3>Likes</h3>
          <GrowthChart points={c.growth} metric="likes" />
          <DownloadCsv filename={`${c.handle}-growth.csv`} label="the growth" rows={c.growth} columns={[
            { header: 'period start', value: (g) => g.periodStart }, { header: 'closing day', value: (g) => g.closingDay },
            { header: 'followers', value: (g) => g.followers }, { header: 'likes', value: (g) => g.likes },
            { header: 'videos', value: (g) => g.videos }, { header: 'followers delta', value: (g) => g.followersDelta },
            { header: 'likes delta', value: (g) => g.likesDelta }, { header: 'videos delta', value: (g) => g.videosDelta },
            { header: 'rests on rounded', value: (g) => g.restsOnRounded }]} />
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
      <h2>Alerts</h2>
      <Show loaded={alerts} isEmpty={(a) => a.edges.length === 0} empty="No alerts on the creators you follow.">{(a) => (
        <ul>{a.edges.map(({ node }) => (
          <li key={node.id} data-testid="alert">
            {node.kind === 'VIDEO_OUTLIER' ? `@${node.handle}: a video at ${(node.observed / node.reference).toFixed(1)}× the median views`
              : `@${node.handle}: followers fell from ${count(node.reference)} to ${count(node.observed)}`}
            {' '}({day(node.at.substring(0, 10))}{node.restsOnRounded ? ', on rounded counts' : ''})
          </li>
        ))}</ul>
      )}</Show>
    </main>
  );
}
