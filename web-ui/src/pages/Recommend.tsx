import { useState, type FormEvent } from 'react';
import { operations } from '../api/operations';
import type { InsightReport, Recommendations } from '../api/types';
import { InsightList } from '../components/InsightList';
import { Show, type Loaded } from '../components/States';
import { useOperation } from '../api/queries';
import { count, percent } from '../format';

const MISSING: Record<string, string> = {
  LINK_TIKTOK_ACCOUNT: 'Link your TikTok account to compare with it.',
  FIRST_OBSERVATION: 'Your account has not been scraped yet: creators matching your niches are shown meanwhile.',
  SET_NICHES: "Set your audience's niches to get recommendations.",
};

/** Similar creators with their reasons, and the insights of the user's own history with their evidence. */
export function Recommend({ handle }: { handle: string | null }) {
  const [filter, setFilter] = useState<Record<string, unknown>>({});
  const [region, setRegion] = useState('');
  const [language, setLanguage] = useState('');
  const [minFollowers, setMinFollowers] = useState('');
  const recommendations = useOperation(
    operations.recommendations,
    { first: 10, filter },
    (d: { recommendations: Recommendations }) => d.recommendations,
  );

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter({
      ...(region.trim() ? { regions: [region.trim()] } : {}),
      ...(language.trim() ? { languages: [language.trim()] } : {}),
      ...(minFollowers.trim() ? { minFollowers: Number(minFollowers) } : {}),
    });
  }

  const ownInsights = useOperation(operations.insights, { handle }, (d: { insights: InsightReport }) => d.insights, {
    enabled: handle !== null,
  });
  const insights: Loaded<InsightReport | null> = handle === null ? { state: 'done', value: null } : ownInsights;
  return (
    <main id="main" tabIndex={-1}>
      <h1>Recommendations</h1>
      <h2>Creators like you</h2>
      <form onSubmit={apply} className="inline" aria-label="Filter recommendations">
        <label htmlFor="f-region">Region</label>
        <input id="f-region" value={region} onChange={(e) => setRegion(e.target.value)} placeholder="GB" size={4} />
        <label htmlFor="f-language">Language</label>
        <input id="f-language" value={language} onChange={(e) => setLanguage(e.target.value)} placeholder="en" size={4} />
        <label htmlFor="f-min">At least followers</label>
        <input id="f-min" type="number" min={0} value={minFollowers} onChange={(e) => setMinFollowers(e.target.value)} />
        <button type="submit">Filter</button>
      </form>
      <Show
        loaded={recommendations}
        isEmpty={(r) => r.creators.length === 0}
        empty={recommendations.state === 'done' ? recommendations.value.missing.map((m) => MISSING[m] ?? m).join(' ') : ''}
      >
        {(r) => (
          <ol className="cards">
            {r.creators.map((c) => (
              <li key={c.handle} className="card" data-testid="similar-creator">
                <h3>@{c.handle}</h3>
                <p>
                  {count(c.followers)} followers · {c.tier} · engagement {percent(c.engagementRate)}
                  {c.region && (
                    <>
                      {' '}
                      · <span data-testid="region">{c.region}</span>
                    </>
                  )}
                  {c.language && <> · {c.language}</>} · score {c.score.toFixed(2)}
                </p>
                <ul>
                  {c.reasons.map((reason) => (
                    <li key={reason}>{reason}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        )}
      </Show>
      <h2>What your history says works</h2>
      <Show loaded={insights} isEmpty={(r) => r === null} empty="Link your TikTok account to see insights.">
        {(report) => report && <InsightList report={report} whose="your" />}
      </Show>
    </main>
  );
}
