import { useState, type FormEvent } from 'react';
import { graphql } from '../api/client';
import { operations } from '../api/operations';
import type { CompareCreator, Me, MutationErrors } from '../api/types';
import { Show, type Loaded } from '../components/States';
import { useOperation } from '../api/queries';
import { DownloadCsv } from '../components/DownloadCsv';
import { count, growth, isoDay, percent } from '../format';
import { alignByDay, indexedTo100 } from '../components/series';
import { compareLines, METRICS, type CompareMetric } from './compareLines';
import { TimeChart } from '../components/TimeChart';

/** The user's account beside their competitors; competitors can be added here. */
export function Compare({ me, changed }: { me: Me; changed: () => void }) {
  const handles = [me.tiktokHandle, ...me.competitorHandles].filter((h): h is string => h !== null).slice(0, 10);
  const [range, setRange] = useState(90);
  const to = new Date();
  const compared = useOperation(
    operations.compare,
    { handles, from: isoDay(new Date(to.getTime() - (range - 1) * 86_400_000)), to: isoDay(to) },
    (d: { compare: CompareCreator[] }) => d.compare,
    { enabled: handles.length >= 2 },
  );
  const loaded: Loaded<CompareCreator[]> = handles.length < 2 ? { state: 'done', value: [] } : compared;
  const [competitor, setCompetitor] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    try {
      const result = await graphql<{ addCompetitor: MutationErrors }>(operations.addCompetitor, { handle: competitor.trim() });
      if (result.addCompetitor.errors.length > 0) {
        setProblem(result.addCompetitor.errors.map((e) => e.message).join(' '));
      } else {
        setProblem(null);
        setCompetitor('');
        changed();
      }
    } catch (error) {
      setProblem((error as Error).message);
    }
  }

  return (
    <main id="main" tabIndex={-1}>
      <h1>Compare</h1>
      <form onSubmit={add} className="inline">
        <label htmlFor="competitor">Add a competitor (TikTok handle)</label>
        <input id="competitor" value={competitor} onChange={(e) => setCompetitor(e.target.value)} required />
        <button type="submit">Add</button>
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
      </form>
      <Show loaded={loaded} isEmpty={(c) => c.length === 0} empty="Add a competitor to compare with.">
        {(creators) => (
          <>
            <CompareChart creators={creators} own={me.tiktokHandle} range={range} setRange={setRange} />
            <div className="scroll" role="region" aria-label="Comparison table" tabIndex={0}>
              <table>
                <caption>Your account and your competitors</caption>
                <thead>
                  <tr>
                    <th scope="col">Creator</th>
                    <th scope="col">Followers</th>
                    <th scope="col">Likes</th>
                    <th scope="col">Videos</th>
                    <th scope="col">Growth 7 d</th>
                    <th scope="col">Growth 28 d</th>
                    <th scope="col">Engagement</th>
                    <th scope="col">In 30 days</th>
                  </tr>
                </thead>
                <tbody>
                  {creators.map((c) => (
                    <tr key={c.handle} data-testid="compare-row">
                      <th scope="row">
                        @{c.handle}
                        {c.handle === me.tiktokHandle ? ' (you)' : ''}
                      </th>
                      <td>{count(c.followers?.value, c.followers?.precision)}</td>
                      <td>{count(c.likes?.value, c.likes?.precision)}</td>
                      <td>{count(c.videos?.value, c.videos?.precision)}</td>
                      <td>{growth(c.growthKpis?.followersGrowth7d)}</td>
                      <td>{growth(c.growthKpis?.followersGrowth28d)}</td>
                      <td>{percent(c.engagementKpis?.byViewsMedian)}</td>
                      <td>{count(c.growthKpis?.projectedFollowers30d)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <DownloadCsv
                filename="comparison.csv"
                label="the comparison"
                rows={creators}
                columns={[
                  { header: 'handle', value: (c) => c.handle },
                  { header: 'followers', value: (c) => c.followers?.value },
                  { header: 'followers precision', value: (c) => c.followers?.precision },
                  { header: 'likes', value: (c) => c.likes?.value },
                  { header: 'likes precision', value: (c) => c.likes?.precision },
                  { header: 'videos', value: (c) => c.videos?.value },
                  { header: 'followers growth 7d', value: (c) => c.growthKpis?.followersGrowth7d },
                  { header: 'followers growth 28d', value: (c) => c.growthKpis?.followersGrowth28d },
                  { header: 'engagement rate by views (median)', value: (c) => c.engagementKpis?.byViewsMedian },
                  { header: 'projected followers 30d', value: (c) => c.growthKpis?.projectedFollowers30d },
                ]}
              />
            </div>
          </>
        )}
      </Show>
    </main>
  );
}

/** The user's account and competitors on one chart: absolute, or indexed to 100 at the range's start. */
function CompareChart({
  creators,
  own,
  range,
  setRange,
}: {
  creators: CompareCreator[];
  own: string | null;
  range: number;
  setRange: (days: number) => void;
}) {
  const [metric, setMetric] = useState<CompareMetric>('followers');
  const [indexed, setIndexed] = useState(false);
  const chart = alignByDay(compareLines(creators, metric, own));
  const shown = indexed ? { ...chart, series: chart.series.map(indexedTo100) } : chart;
  return (
    <section aria-labelledby="compare-chart">
      <h2 id="compare-chart">Side by side</h2>
      <div className="controls">
        <label htmlFor="compare-metric">Metric</label>
        <select id="compare-metric" value={metric} onChange={(e) => setMetric(e.target.value as CompareMetric)}>
          <option value="followers">followers</option>
          <option value="likes">likes</option>
          <option value="engagement">engagement</option>
        </select>
        <label htmlFor="compare-range">Range</label>
        <select id="compare-range" value={range} onChange={(e) => setRange(Number(e.target.value))}>
          <option value={30}>30 days</option>
          <option value={90}>90 days</option>
          <option value={180}>180 days</option>
        </select>
        <label>
          <input type="checkbox" checked={indexed} onChange={(e) => setIndexed(e.target.checked)} /> Indexed to 100 at the start
        </label>
      </div>
      <TimeChart
        title={METRICS[metric] + (indexed ? ", indexed to 100 at each line's first day in the range" : '')}
        unit={indexed ? 'index' : metric === 'engagement' ? 'percent' : metric}
        chart={shown}
        digits={indexed || metric === 'engagement' ? 1 : 0}
      />
    </section>
  );
}
