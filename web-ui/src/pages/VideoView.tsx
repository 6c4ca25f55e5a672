import { operations } from '../api/operations';
import type { VideoDetail } from '../api/types';
import { Show } from '../components/States';
import { useOperation } from '../api/queries';
import { standing, velocityCurve } from '../components/velocity';
import { AgeChart } from '../components/AgeChart';
import { pointLabel } from '../components/series';
import { DownloadCsv } from '../components/DownloadCsv';
import { count } from '../format';

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso)) + ' UTC';

/** One video: its views at fixed ages against the creator's usual range at the same age, and every observation. */
export function VideoView({ id }: { id: string }) {
  const loaded = useOperation(operations.video, { id }, (d: { video: VideoDetail }) => d.video);
  return (
    <main id="main" tabIndex={-1}>
      <Show loaded={loaded}>
        {(v) => {
          const curve = velocityCurve(v.velocity);
          return (
            <>
              <h1>Video by @{v.handle}</h1>
              <p>{v.caption}</p>
              <p>
                <a href={`#/creator/${v.handle}/analytics`}>Back to the videos of @{v.handle}</a>
              </p>
              <h2>Views by age against the creator's usual range</h2>
              <AgeChart curve={curve} />
              <div className="scroll" role="region" aria-label="Views by age table" tabIndex={0}>
                <table>
                  <caption>Views at each age against the creator's previous videos at the same age</caption>
                  <thead>
                    <tr>
                      <th scope="col">Age</th>
                      <th scope="col">This video</th>
                      <th scope="col">Lower quartile (p25)</th>
                      <th scope="col">Median</th>
                      <th scope="col">Upper quartile (p75)</th>
                      <th scope="col">Videos compared</th>
                      <th scope="col">Standing</th>
                    </tr>
                  </thead>
                  <tbody>
                    {curve.map((p) => (
                      <tr key={p.age}>
                        <td>{p.age}</td>
                        <td>
                          {pointLabel(p.views, p.rounded)}
                          {p.interpolated ? ' (interpolated)' : ''}
                        </td>
                        <td>{pointLabel(p.lower, false)}</td>
                        <td>{pointLabel(p.median, false)}</td>
                        <td>{pointLabel(p.upper, false)}</td>
                        <td>{p.views === null ? '—' : p.sample}</td>
                        <td>{standing(p)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <DownloadCsv
                filename={`video-${v.id}-views-by-age.csv`}
                label="the views by age"
                rows={curve}
                columns={[
                  { header: 'age', value: (p) => p.age },
                  { header: 'views', value: (p) => p.views },
                  { header: 'views rounded', value: (p) => p.rounded },
                  { header: 'views interpolated', value: (p) => p.interpolated },
                  { header: 'creator lower quartile', value: (p) => p.lower },
                  { header: 'creator median', value: (p) => p.median },
                  { header: 'creator upper quartile', value: (p) => p.upper },
                  { header: 'videos compared', value: (p) => p.sample },
                  { header: 'outlier score', value: (p) => p.score },
                ]}
              />
              <h2>Observations</h2>
              <div className="scroll" role="region" aria-label="Observations table" tabIndex={0}>
                <table>
                  <caption>Every observation of this video</caption>
                  <thead>
                    <tr>
                      <th scope="col">Seen at</th>
                      <th scope="col">Views</th>
                      <th scope="col">Likes</th>
                      <th scope="col">Comments</th>
                      <th scope="col">Shares</th>
                      <th scope="col">Saves</th>
                      <th scope="col">Exact</th>
                    </tr>
                  </thead>
                  <tbody>
                    {v.observations.map((o) => (
                      <tr key={o.capturedAt}>
                        <td>{dateTime(o.capturedAt)}</td>
                        <td>{count(o.views)}</td>
                        <td>{count(o.likes)}</td>
                        <td>{count(o.comments)}</td>
                        <td>{count(o.shares)}</td>
                        <td>{count(o.saves)}</td>
                        <td>{o.allCountsExact ? 'yes' : 'rounded or unknown'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <DownloadCsv
                filename={`video-${v.id}-observations.csv`}
                label="the observations"
                rows={v.observations}
                columns={[
                  { header: 'captured at', value: (o) => o.capturedAt },
                  { header: 'recorded at', value: (o) => o.recordedAt },
                  { header: 'views', value: (o) => o.views },
                  { header: 'likes', value: (o) => o.likes },
                  { header: 'comments', value: (o) => o.comments },
                  { header: 'shares', value: (o) => o.shares },
                  { header: 'saves', value: (o) => o.saves },
                  { header: 'all counts exact', value: (o) => o.allCountsExact },
                ]}
              />
            </>
          );
        }}
      </Show>
    </main>
  );
}
