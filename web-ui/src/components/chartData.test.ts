import { describe, expect, it } from 'vitest';
import type { GrowthPoint } from '../api/types';
import { growthChart } from './chartData';

const point = (closingDay: string, followers: number): GrowthPoint => ({
  periodStart: closingDay, closingDay, followers, likes: 0, videos: 0, followersDelta: null, likesDelta: null, videosDelta: null,
  restsOnRounded: false,
});

describe('the followers chart', () => {
  it('maps the first day to the left edge, the last to the right, the fewest followers to the bottom', () => {
    const chart = growthChart([point('2026-11-01', 1000), point('2026-11-02', 1100), point('2026-11-03', 1200)], 'followers', 600, 200);
    expect(chart.points.map((p) => [p.x, p.y])).toEqual([[0, 200], [300, 100], [600, 0]]);
    expect(chart.path).toBe('M0.0 200.0 L300.0 100.0 L600.0 0.0');
    expect(chart.yTicks.map((t) => t.value)).toEqual([1000, 1100, 1200]);
  });

  it('charts likes the same way', () => {
    const likes = { ...point('2026-11-01', 1000), likes: 50 };
    const more = { ...point('2026-11-02', 1000), likes: 150 };
    expect(growthChart([likes, more], 'likes', 600, 200).points.map((p) => [p.x, p.y, p.value])).toEqual([[0, 200, 50], [600, 0, 150]]);
  });

  it('centres a single day and draws nothing for none', () => {
    expect(growthChart([point('2026-11-01', 5)], 'followers', 600, 200).points[0].x).toBe(300);
    expect(growthChart([point('2026-11-01', 5)], 'followers', 600, 200).yTicks).toHaveLength(1);
    expect(growthChart([], 'followers', 600, 200).points).toEqual([]);
  });
});
