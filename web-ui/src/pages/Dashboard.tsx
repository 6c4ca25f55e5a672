import { useEffect, useState } from 'react';
import { operations } from '../api/operations';
import type { AlertPage, DashboardCreator } from '../api/types';
import { FirstScrape } from '../components/FirstScrape';
import { alignByDay, growthLine, growthRows } from '../components/series';
import { TimeChart, type Marker } from '../components/TimeChart';
import { KpiCards } from '../components/KpiCards';
import { Show } from '../components/States';
import { useOperation, useOptionalOperation } from '../api/queries';
import { DownloadCsv } from '../components/DownloadCsv';
import { count, day, isoDay } from '../format';

const WAITING_POLL_MS = 2000;

/** What an alert says, on the list and on the curve. */
function alertText(alert: { kind: string; observed: number; reference: number }): string {
  return alert.kind === 'VIDEO_OUTLIER'
    ? `a video at ${(alert.observed / alert.reference).toFixed(1)}× the median views`
    : `followers fell from ${count(alert.reference)} to ${count(alert.observed)}`;
}

/** A creator's KPI cards, its growth and latest videos; on the user's own account, their alerts too. */
export function Dashboard({ handle, own, following }: { handle: string; own: boolean; following: boolean }) {
  const [days, setDays] = useState(90);
  const [granularity, setGranularity] = useState<'DAY' | 'WEEK' | 'MONTH'>('DAY');
  const to = new Date();
  const from = new Date(to.getTime() - (days - 1) * 86_400_000);
  // A creator the user follows but nobody has observed yet (or the warehouse has not heard of yet, just after
  // tracking) is asked for again every few seconds, and its first scrape shows as it happens.
  const unobserved = (c: DashboardCreator | null | undefined) =>
    c === null ? following : c !== undefined && c.dataQuality.includes('NOT_OBSERVED_YET');
  const loaded = useOptionalOperation(
    operations.dashboard,
    { handle, from: isoDay(from), to: isoDay(to), granularity },
    (d: { creator: DashboardCreator }) => d.creator,
    { refetchInterval: (c) => (unobserved(c) ? WAITING_POLL_MS : false) },
  );
  const waiting = loaded.state === 'done' && unobserved(loaded.value);
  const [firstScrape, setFirstScrape] = useState(false);
  useEffect(() => {
    if (waiting) setFirstScrape(true);
  }, [waiting]);
  const alerts = useOperation(operations.alerts, { first: 10 }, (d: { alerts: AlertPage }) => d.alerts, { enabled: own });
  const markers: Marker[] =
    alerts.state === 'done'
      ? alerts.value.edges
          .filter(({ node }) => node.handle === handle)
          .map(({ node }) => ({ day: node.at.substring(0, 10), label: alertText(node) }))
      : [];
  return (
    <>
      {firstScrape && <FirstScrape handle={handle} observed={!waiting} />}
      <Show loaded={loaded} isEmpty={(c) => c === null} empty={following ? '' : `@${handle} is not tracked yet.`}>
        {(c) => {
          if (!c) return null;
          const growth = growthRows(c.growthColumns);
          return (
            <>
              {c.source === 'SIMULATION' && (
                <p className="simulated">Simulated data: this creator lives on the demo's stand-in TikTok site.</p>
              )}
              <KpiCards creator={c} />
              <h2>Growth</h2>
              <div className="controls">
                <label htmlFor="range">Range</label>
                <select id="range" value={days} onChange={(e) => setDays(Number(e.target.value))}>
                  <option value={30}>30 days</option>
                  <option value={90}>90 days</option>
                  <option value={365}>365 days</option>
                </select>
                <label htmlFor="granularity">By</label>
                <select id="granularity" value={granularity} onChange={(e) => setGranularity(e.target.value as 'DAY' | 'WEEK' | 'MONTH')}>
                  <option value="DAY">day</option>
                  <option value="WEEK">week</option>
                  <option value="MONTH">month</option>
                </select>
              </div>
              <h3>Followers</h3>
              <TimeChart
                title="Followers"
                unit="followers at each period's close"
                markers={markers}
                chart={alignByDay([{ label: '@' + c.handle, points: growthLine(growth, 'followers') }])}
              />
              <h3>Likes</h3>
              <TimeChart
                title="Likes"
                unit="likes at each period's close"
                chart={alignByDay([{ label: '@' + c.handle, points: growthLine(growth, 'likes') }])}
              />
              <DownloadCsv
                filename={`${c.handle}-growth.csv`}
                label="the growth"
                rows={growth}
                columns={[
                  { header: 'period start', value: (g) => g.periodStart },
                  { header: 'closing day', value: (g) => g.closingDay },
                  { header: 'followers', value: (g) => g.followers },
                  { header: 'likes', value: (g) => g.likes },
                  { header: 'videos', value: (g) => g.videos },
                  { header: 'followers delta', value: (g) => g.followersDelta },
                  { header: 'likes delta', value: (g) => g.likesDelta },
                  { header: 'videos delta', value: (g) => g.videosDelta },
                  { header: 'rests on rounded', value: (g) => g.restsOnRounded },
                ]}
              />
              <h2>Latest videos</h2>
              {c.latestVideos.edges.length === 0 ? (
                <p className="empty">No videos seen yet.</p>
              ) : (
                <ul>
                  {c.latestVideos.edges.slice(0, 5).map(({ node }) => (
                    <li key={node.id}>
                      {node.caption ?? node.id}: {count(node.views)} views
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </Show>
      {own && <h2>Alerts</h2>}
      {own && (
        <Show loaded={alerts} isEmpty={(a) => a.edges.length === 0} empty="No alerts on the creators you follow.">
          {(a) => (
            <ul>
              {a.edges.map(({ node }) => (
                <li key={node.id} data-testid="alert">
                  {`@${node.handle}: ${alertText(node)}`} ({day(node.at.substring(0, 10))}
                  {node.restsOnRounded ? ', on rounded counts' : ''})
                </li>
              ))}
            </ul>
          )}
        </Show>
      )}
    </>
  );
}
