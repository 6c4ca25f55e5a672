import { describe, expect, it } from 'vitest';
import type { VideoRow } from '../api/types';
import { engagementHeatmap, shade } from './heatmap';

// The rate as the API answers it: likes over views here, null for a video without views.
const video = (postedAt: string, views: number, likes: number): VideoRow => ({
  id: postedAt,
  kind: 'VIDEO',
  postedAt,
  caption: null,
  hashtags: [],
  durationSeconds: 20,
  views,
  likes,
  comments: 0,
  shares: 0,
  saves: 0,
  engagementRate: views > 0 ? likes / views : null,
  lastSeenAt: postedAt,
});

describe('engagement by posting weekday and hour', () => {
  it('puts each video in its UTC weekday and three-hour window and takes the median rate', () => {
    // 2026-11-30 is a Monday; 19:00 falls in 18:00-21:00 (window 6)
    const grid = engagementHeatmap([
      video('2026-11-30T19:00:00Z', 1000, 100),
      video('2026-11-30T20:59:00Z', 1000, 50),
      video('2026-11-30T18:00:00Z', 1000, 60),
      video('2026-12-01T01:00:00Z', 200, 10),
      video('2026-12-01T02:00:00Z', 0, 0),
    ]);
    expect(grid[0][6]).toEqual({ weekday: 0, window: 6, videos: 3, medianEngagement: 0.06 });
    expect(grid[1][0]).toEqual({ weekday: 1, window: 0, videos: 1, medianEngagement: 0.05 }); // the video without a rate is left out
    expect(grid[2][0].medianEngagement).toBeNull();
  });

  it('shades the highest median darkest and an empty cell grey', () => {
    expect(shade(0.1, 0.1)).toBe('hsl(212, 70%, 55%)');
    expect(shade(0.05, 0.1)).toBe('hsl(212, 70%, 75%)');
    expect(shade(null, 0.1)).toBe('#f2f2f2');
  });
});
