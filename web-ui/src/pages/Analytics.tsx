import { useDeferredValue, useState } from 'react';
import { operations } from '../api/operations';
import type { EngagementByPostingTime, HashtagTrend, VideoPage } from '../api/types';
import { heatmapRows, shade, weekdayName } from '../components/heatmap';
import { Show } from '../components/States';
import { useOperation } from '../api/queries';
import { count, day, isoDay, percent } from '../format';
import { DownloadCsv } from '../components/DownloadCsv';

const PAGE = 20;

/** The creator's videos (sorted, filtered, a page at a time), engagement by posting time, hashtag trends. */
export function Analytics({ handle }: { handle: string }) {
  const [order, setOrder] = useState<'NEWEST' | 'MOST_VIEWED'>('NEWEST');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [filter, setFilter] = useState('');
  const after = cursors[cursors.length - 1];
  // The API reads the hashtag in any written form (#BookTok is booktok): the browser sends it as typed.
  const hashtag = useDeferredValue(filter.trim());
  const page = useOperation(
    operations.videos,
    { handle, orderBy: order, first: PAGE, after, hashtag: hashtag === '' ? null : hashtag },
    (d: { videos: VideoPage }) => d.videos,
  );
  const byPostingTime = useOperation(
    operations.engagementByPostingTime,
    { handle },
    (d: { engagementByPostingTime: EngagementByPostingTime }) => d.engagementByPostingTime,
  );
  const to = new Date();
  const trends = useOperation(
    operations.hashtagTrends,
    {
      from: isoDay(new Date(to.getTime() - 27 * 86_400_000)),
      to: isoDay(to),
      first: 10,
    },
    (d: { hashtagTrends: HashtagTrend[] }) => d.hashtagTrends,
  );

  return (
    <>
      <h2>Videos</h2>
      <div className="controls">
        <label htmlFor="order">Sort by</label>
        <select
          id="order"
          value={order}
          onChange={(e) => {
            setOrder(e.target.value as 'NEWEST' | 'MOST_VIEWED');
            setCursors([null]);
          }}
        >
          <option value="NEWEST">Newest first</option>
          <option value="MOST_VIEWED">Most viewed first</option>
        </select>
        <label htmlFor="filter">Only with hashtag</label>
        <input
          id="filter"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value);
            setCursors([null]);
          }}
          placeholder="#booktok"
        />
      </div>
      <Show loaded={page} isEmpty={(p) => p.edges.length === 0} empty={hashtag ? `No video carries ${hashtag}.` : 'No videos seen yet.'}>
        {(p) => {
          const rows = p.edges.map((e) => e.node);
          return (
            <>
              <div className="scroll" role="region" aria-label="Videos table" tabIndex={0}>
                <table>
                  <caption>
                    Videos, {order === 'NEWEST' ? 'newest' : 'most viewed'} first{hashtag && `, with ${hashtag}`}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Posted</th>
                      <th scope="col">Caption</th>
                      <th scope="col">Length</th>
                      <th scope="col">Views</th>
                      <th scope="col">Saves</th>
                      <th scope="col">Engagement</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((v) => (
                      <tr key={v.id} data-testid="video-row">
                        <td>{v.postedAt ? day(v.postedAt.substring(0, 10)) : '—'}</td>
                        <td>
                          <a href={`#/video/${v.id}`}>{v.caption || v.id}</a>
                        </td>
                        <td>{v.kind === 'PHOTO' ? 'photo post' : v.durationSeconds === null ? '—' : `${v.durationSeconds} s`}</td>
                        <td>{count(v.views)}</td>
                        <td>{count(v.saves)}</td>
                        <td>{percent(v.engagementRate)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <DownloadCsv
                filename={`${handle}-videos.csv`}
                label="these videos"
                rows={rows}
                columns={[
                  { header: 'video id', value: (v) => v.id },
                  { header: 'kind', value: (v) => v.kind },
                  { header: 'posted at', value: (v) => v.postedAt },
                  { header: 'caption', value: (v) => v.caption },
                  { header: 'duration seconds', value: (v) => v.durationSeconds },
                  { header: 'views', value: (v) => v.views },
                  { header: 'likes', value: (v) => v.likes },
                  { header: 'comments', value: (v) => v.comments },
                  { header: 'shares', value: (v) => v.shares },
                  { header: 'saves', value: (v) => v.saves },
                  { header: 'engagement rate', value: (v) => v.engagementRate },
                  { header: 'last seen at', value: (v) => v.lastSeenAt },
                ]}
              />
              <div className="controls">
                <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
                  Previous page
                </button>
                <button type="button" disabled={!p.pageInfo.hasNextPage} onClick={() => setCursors([...cursors, p.pageInfo.endCursor])}>
                  Next page
                </button>
              </div>
            </>
          );
        }}
      </Show>

      <h2>Engagement by posting time</h2>
      <Show loaded={byPostingTime} isEmpty={(e) => e.videosConsidered === 0} empty="No videos seen yet.">
        {(e) => {
          const rows = heatmapRows(e.cells);
          const highest = Math.max(0, ...e.cells.map((c) => c.medianEngagementRate ?? 0));
          return (
            <div className="scroll" role="region" aria-label="Engagement heat map" tabIndex={0}>
              <table className="heatmap">
                <caption>
                  Median engagement rate by views of the latest {e.videosConsidered} videos, by weekday and posting hour (UTC)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Weekday</th>
                    {(rows[0] ?? []).map((cell) => (
                      <th scope="col" key={cell.windowStart}>
                        {String(cell.windowStart).padStart(2, '0')}–{String(cell.windowStart + 3).padStart(2, '0')}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row[0].weekday}>
                      <th scope="row">{weekdayName(row[0].weekday)}</th>
                      {row.map((cell) => (
                        <td
                          key={cell.windowStart}
                          style={{ background: shade(cell.medianEngagementRate, highest) }}
                          title={`${cell.videos} ${cell.videos === 1 ? 'video' : 'videos'}`}
                        >
                          {cell.medianEngagementRate === null ? '' : percent(cell.medianEngagementRate)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          );
        }}
      </Show>

      <h2>Hashtag trends: videos posted in the last 28 days (all tracked creators)</h2>
      <Show loaded={trends} isEmpty={(t) => t.length === 0} empty="No hashtag days yet.">
        {(t) => (
          <>
            <div className="scroll" role="region" aria-label="Hashtag trends table" tabIndex={0}>
              <table>
                <caption>
                  Hashtags whose videos posted in these 28 days have the most views, counted up to now (lifetime views of those videos, not
                  views gained in the 28 days)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Hashtag</th>
                    <th scope="col">Videos posted</th>
                    <th scope="col">Creators (peak)</th>
                    <th scope="col">Lifetime views of those videos</th>
                    <th scope="col">Median engagement</th>
                  </tr>
                </thead>
                <tbody>
                  {t.map((h) => (
                    <tr key={h.hashtag}>
                      <td>#{h.hashtag}</td>
                      <td>{count(h.videos)}</td>
                      <td>{count(h.peakCreators)}</td>
                      <td>{count(h.views)}</td>
                      <td>{percent(h.medianEngagementRate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <DownloadCsv
              filename="hashtag-trends.csv"
              label="hashtag trends"
              rows={t}
              columns={[
                { header: 'hashtag', value: (h) => h.hashtag },
                { header: 'videos', value: (h) => h.videos },
                { header: 'peak creators', value: (h) => h.peakCreators },
                { header: 'lifetime views of videos posted in the range', value: (h) => h.views },
                { header: 'median engagement rate', value: (h) => h.medianEngagementRate },
                { header: 'rests on rounded', value: (h) => h.restsOnRounded },
              ]}
            />
          </>
        )}
      </Show>
    </>
  );
}
