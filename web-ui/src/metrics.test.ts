import { describe, expect, it } from 'vitest';
import { engagementRate } from './metrics';

describe('engagement rate of a post', () => {
  it('is (likes + comments + shares) / views', () => {
    expect(engagementRate({ views: 1000, likes: 100, comments: 10, shares: 5 })).toBe(0.115);
  });

  it('is unknown without views or when any count it needs is unknown, never 0', () => {
    expect(engagementRate({ views: 0, likes: 0, comments: 0, shares: 0 })).toBeNull();
    expect(engagementRate({ views: null, likes: 100, comments: 10, shares: 5 })).toBeNull();
    expect(engagementRate({ views: 1000, likes: 100, comments: null, shares: 5 })).toBeNull();
  });
});
