import type { InsightReport } from '../api/types';
import { percent } from '../format';

/** What a creator's own history says works (each insight backtested), and what it does not support yet. */
export function InsightList({ report, whose }: { report: InsightReport; whose: string }) {
  return (
    <>
      <p>
        {report.videosAnalysed} videos of the last 12 weeks, posting times in {report.timeZone}.
      </p>
      {report.insights.length === 0 && <p className="empty">No insight has held on {whose} history yet.</p>}
      <ul className="cards">
        {report.insights.map((insight) => (
          <li key={insight.kind + insight.subject} className="card" data-testid="insight">
            <h3>{insight.headline}</h3>
            <ul>
              {insight.evidence.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p>Confidence {percent(insight.confidence)}</p>
          </li>
        ))}
      </ul>
      {report.withheld.length > 0 && (
        <details>
          <summary>Not shown yet ({report.withheld.length})</summary>
          <ul>
            {report.withheld.map((w) => (
              <li key={w.kind + (w.subject ?? '')}>
                {w.kind}: {w.detail}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
