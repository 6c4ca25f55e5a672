// The compare chart's lines: one definition of what each metric draws, tested without a browser.
import type { CompareCreator } from '../api/types';
import { growthLine, type DayValue } from '../components/series';

export type CompareMetric = 'followers' | 'likes' | 'engagement';
export const METRICS: Record<CompareMetric, string> = {
  followers: 'Followers',
  likes: 'Likes',
  engagement: "Engagement rate by views (median of the day's videos, %)",
};

/** Each creator's line for the metric; engagement in percent. */
export function compareLines(
  creators: CompareCreator[],
  metric: CompareMetric,
  own: string | null,
): { label: string; points: DayValue[] }[] {
  return creators.map((c) => ({
    label: '@' + c.handle + (c.handle === own ? ' (you)' : ''),
    points:
      metric === 'engagement'
        ? c.engagement.map((e) => ({
            day: e.day,
            value: e.byViewsMedian === null ? null : e.byViewsMedian * 100,
            rounded: e.restsOnRounded,
          }))
        : growthLine(c.growth, metric),
  }));
}
