import { useState, type FormEvent } from 'react';
import { graphql } from '../api/client';
import { operations } from '../api/operations';
import type { InsightReport, Recommendations } from '../api/types';
import { Show, useLoad } from '../components/States';
import { count, percent } from '../format';

const MISSING: Record<string, string> = {
  LINK_TIKTOK_ACCOUNT: 'Link your TikTok account to compare with it.',
  FIRST_OBSERVATION: 'Your account has not been scraped yet: creators matching your niches are shown meanwhile.',
  SET_NICHES: 'Set your audience\'s niches to get recommendations.',
};

/** Similar creators with their reasons, and the insights of the user's own history with their evidence. */
export function Recommend({ handle }: { handle: string | null }) {
  const [filter, setFilter] = useState<Record<string, unknown>>({});
  const [region, setRegion] = useState('');
  const [language, setLanguage] = useState('');
  const [minFollowers, setMinFollowers] = useState('');
  const recommendations = useLoad(() => graphql<{ recommendations: Recommendations }>(operations.recommendations, { first: 10, filter })
    .then((d) => d.recommendations), JSON.stringify(filter));

  function apply(event: FormEvent) {
    event.preventDefault();
    setFilter({
      ...(region.trim() ? { regions: [region.trim()] } : {}),
      ...(language.trim() ? { languages: [language.trim()] } : {}),
      ...(minFollowers.trim() ? { minFollowers: Number(minFollowers) } : {}),
    });
  }

  const insights = useLoad(() => handle === null ? Promise.resolve(null)
    : graphql<{ insights: InsightReport }>(operations.insights, { handle }).then((d) => d.insights), handle ?? '');
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
      <Show loaded={recommendations} isEmpty={(r) => r.creators.length === 0}
        empty={recommendations.state === 'done' ? recommendations.value.missing.map((m) => MISSING[m] ?? m).join(' ') : ''}>
        {(r) => (
          <ol className="cards">
            {r.creators.map((c) => (
              <li key={c.handle} className="card" data-testid="similar-creator">
                <h3>@{c.handle}</h3>
                <p>{count(c.followers)} followers · {c.tier} · engagement {percent(c.engagementRate)}
                  {c.region && <> · <span data-testid="region">{c.region}</span></>}{c.language && <> · {c.language}</>} · score {c.score.toFixed(2)}</p>
                <ul>{c.reasons.map((reason) => <li key={reason}>{reason}</li>)}</ul>
              </li>
            ))}
          </ol>
        )}
      </Show>
      <h2>What your history says works</h2>
      <Show loaded={insights} isEmpty={(r) => r === null} empty="Link your TikTok account to see insights.">
        {(report) => report && (
          <>
            <p>{report.videosAnalysed} videos of the last 12 weeks, posting times in {report.timeZone}.</p>
            {report.insights.length === 0 && <p className="empty">No insight has held on your history yet.</p>}
            <ul className="cards">
              {report.insights.map((insight) => (
                <li key={insight.kind + insight.subject} className="card" data-testid="insight">
                  <h3>{insight.headline}</h3>
                  <ul>{insight.evidence.map((line) => <li key={line}>{line}</li>)}</ul>
                  <p>Confidence {percent(insight.confidence)}</p>
                </li>
              ))}
            </ul>
            {report.withheld.length > 0 && (
              <details>
                <summary>Not shown yet ({report.withheld.length})</summary>
                <ul>{report.withheld.map((w) => <li key={w.kind + (w.subject ?? '')}>{w.kind}: {w.detail}</li>)}</ul>
              </details>
            )}
          </>
        )}
      </Show>
    </main>
  );
}
