import { describe, expect, it } from 'vitest';
import type { GrowthPoint } from '../api/types';
import { followersChart } from './chartData';

const point = (closingDay: string, followers: number): GrowthPoint => ({
  periodStart: closingDay, closingDay, followers, likes: 0, videos: 0, followersDelta: null, likesDelta: null, videosDelta: null,
  restsOnRounded: false,
});

describe('the followers chart', () => {
  it('maps the first day to the left edge, the last to the right, the fewest followers to the bottom', () => {
    const chart = followersChart([point('2026-11-01', 1000), point('2026-11-02', 1100), point('2026-11-03', 1200)], 600, 200);
    expect(chart.points.map((p) => [p.x, p.y])).toEqual([[0, 200], [300, 100], [600, 0]]);
    expect(chart.path).toBe('M0.0 200.0 L300.0 100.0 L600.0 0.0');
    expect(chart.yTicks.map((t) => t.value)).toEqual([1000, 1100, 1200]);
  });

  it('centres a single day and draws nothing for none', () => {
    expect(followersChart([point('2026-11-01', 5)], 600, 200).points[0].x).toBe(300);
    expect(followersChart([point('2026-11-01', 5)], 600, 200).yTicks).toHaveLength(1);
    expect(followersChart([], 600, 200).points).toEqual([]);
  });
});
