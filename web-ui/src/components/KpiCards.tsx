import type { DashboardCreator } from '../api/types';
import { count, day, growth, percent } from '../format';
import { countOf, PROFILE_COUNTS } from './profileCounts';

const QUALITY: Record<string, string> = {
  ROUNDED_COUNTS: "Some counts are TikTok's rounded figures (≈).",
  GROWTH_RESTS_ON_ROUNDED: 'Growth rests on rounded counts: a step may be rounding, not growth.',
  TREND_RESTS_ON_ROUNDED: 'The trend and the projections are fitted through rounded counts (≈).',
  STALE: 'Not observed for a while: the numbers may be out of date.',
  NOT_OBSERVED_YET: 'Not observed yet: the first scrape is on its way.',
  DERIVED_FROM_CURRENT_KNOWLEDGE: 'Growth and engagement are as computed now, not as known then.',
};

function Kpi({ label, value, testId }: { label: string; value: string; testId: string }) {
  return (
    <div className="kpi">
      <dt>{label}</dt>
      <dd data-testid={testId}>{value}</dd>
    </div>
  );
}

/** The dashboard's numbers and what may be wrong with them. */
export function KpiCards({ creator: c }: { creator: DashboardCreator }) {
  return (
    <>
      <dl className="kpis">
        {PROFILE_COUNTS.map(({ field, label }) => {
          const known = countOf(c, field);
          return <Kpi key={field} label={label} testId={`kpi-${field}`} value={count(known?.value, known?.precision)} />;
        })}
        <Kpi
          label="Engagement rate (median, videos a day old or more)"
          testId="kpi-engagement"
          value={percent(c.engagementKpis?.byViewsMedian)}
        />
        <Kpi label="Tier" testId="kpi-tier" value={c.tier ?? '—'} />
        <Kpi label="Follower growth, 1 day" testId="kpi-growth-1d" value={growth(c.growthKpis?.followersGrowth1d)} />
        <Kpi label="Follower growth, 7 days" testId="kpi-growth-7d" value={growth(c.growthKpis?.followersGrowth7d)} />
        <Kpi label="Follower growth, 28 days" testId="kpi-growth-28d" value={growth(c.growthKpis?.followersGrowth28d)} />
        <Kpi label="Followers in 30 days (trend)" testId="kpi-projection-30d" value={count(c.growthKpis?.projectedFollowers30d)} />
        <Kpi label="Followers in 90 days (trend)" testId="kpi-projection-90d" value={count(c.growthKpis?.projectedFollowers90d)} />
      </dl>
      <p className="muted definitions" data-testid="kpi-definitions">
        {c.growthKpis ? <>Growth and trend as of {day(c.growthKpis.day)}. </> : null}
        Growth over N days: the change since the latest close at least N days earlier, scaled to exactly N days. Trend: the last 28 days'
        closes as a straight line, continued. Engagement rate: (likes + comments + shares) / views, median over the last 30 videos seen at
        least a day after posting.
      </p>
      {c.dataQuality.length > 0 && (
        <ul className="quality" aria-label="Data quality">
          {c.dataQuality.map((flag) => (
            <li key={flag}>{QUALITY[flag] ?? flag}</li>
          ))}
        </ul>
      )}
    </>
  );
}
