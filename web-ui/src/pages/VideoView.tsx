import { operations } from '../api/operations';
import type { VideoDetail } from '../api/types';
import { Show } from '../components/States';
import { useOperation } from '../api/queries';
import { velocityCurve } from '../components/velocity';
import { DownloadCsv } from '../components/DownloadCsv';
import { count } from '../format';

const dateTime = (iso: string) => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
  .format(new Date(iso)) + ' UTC';

/** One video: every observation, and its views at fixed ages against the creator's median at the same age. */
export function VideoView({ id }: { id: string }) {
  const loaded = useOperation(operations.video, { id }, (d: { video: VideoDetail }) => d.video);
  return (
    <main id="main" tabIndex={-1}>
      <Show loaded={loaded}>{(v) => {
        const curve = velocityCurve(v.velocity);
        const highest = Math.max(1, ...curve.flatMap((b) => [b.views ?? 0, b.median ?? 0]));
        return (
          <>
            <h1>Video by @{v.handle}</h1>
            <p>{v.caption}</p>
            <p><a href={`#/creator/${v.handle}/analytics`}>Back to the videos of @{v.handle}</a></p>
            <h2>Views at the same age as the creator's median</h2>
            <svg viewBox="0 0 420 220" role="img" aria-labelledby="velocity-title" className="chart">
              <title id="velocity-title">Views of this video at 1 hour, 6 hours, 24 hours and 7 days, beside the creator's median at each age</title>
              <line x1={40} y1={180} x2={410} y2={180} stroke="#555" />
              {curve.map((bar, i) => {
                const x = 60 + i * 90;
                const h = (value: number | null) => (value === null ? 0 : (value / highest) * 160);
                return (
                  <g key={bar.age}>
                    <rect x={x} y={180 - h(bar.views)} width={30} height={h(bar.views)} fill="#1f5fbf">
                      <title>{bar.age}: {bar.views === null ? 'not known' : count(bar.views) + ' views'}</title></rect>
                    <rect x={x + 32} y={180 - h(bar.median)} width={30} height={h(bar.median)} fill="#b58400">
                      <title>{bar.age}: creator's median {bar.median === null ? 'not known' : count(Math.round(bar.median))}</title></rect>
                    <text x={x + 31} y={198} textAnchor="middle" fontSize="12">{bar.age}</text>
                  </g>
                );
              })}
              <text x={225} y={215} textAnchor="middle" fontSize="12">Age since posting (blue: this video, amber: your median)</text>
            </svg>
            <h2>Observations</h2>
            <div className="scroll" role="region" aria-label="Observations table" tabIndex={0}>
            <table>
              <caption>Every observation of this video</caption>
              <thead><tr><th scope="col">Seen at</th><th scope="col">Views</th><th scope="col">Likes</th><th scope="col">Comments</th>
                <th scope="col">Shares</th><th scope="col">Saves</th><th scope="col">Exact</th></tr></thead>
              <tbody>{v.observations.map((o) => (
                <tr key={o.capturedAt}><td>{dateTime(o.capturedAt)}</td><td>{count(o.views)}</td><td>{count(o.likes)}</td>
                  <td>{count(o.comments)}</td><td>{count(o.shares)}</td><td>{count(o.saves)}</td>
                  <td>{o.allCountsExact ? 'yes' : 'rounded or unknown'}</td></tr>
              ))}</tbody>
            </table>
            </div>
            <DownloadCsv filename={`video-${v.id}-observations.csv`} label="the observations" rows={v.observations} columns={[
              { header: 'captured at', value: (o) => o.capturedAt }, { header: 'recorded at', value: (o) => o.recordedAt },
              { header: 'views', value: (o) => o.views }, { header: 'likes', value: (o) => o.likes },
              { header: 'comments', value: (o) => o.comments }, { header: 'shares', value: (o) => o.shares },
              { header: 'saves', value: (o) => o.saves }, { header: 'all counts exact', value: (o) => o.allCountsExact }]} />
          </>
        );
      }}</Show>
    </main>
  );
}
