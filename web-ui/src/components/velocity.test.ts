import { describe, expect, it } from 'vitest';
import { velocityCurve } from './velocity';

describe('the velocity curve', () => {
  it('orders the ages and leaves unknown ones empty', () => {
    expect(velocityCurve([
      { age: '24h', views: 8500, interpolated: true, rounded: false, creatorMedian: 3000, medianSample: 5, outlierScore: 1.8333 },
      { age: '1h', views: 1000, interpolated: false, rounded: false, creatorMedian: null, medianSample: 2, outlierScore: null },
    ])).toEqual([
      { age: '1h', views: 1000, median: null, score: null },
      { age: '6h', views: null, median: null, score: null },
      { age: '24h', views: 8500, median: 3000, score: 1.8333 },
      { age: '7d', views: null, median: null, score: null },
    ]);
  });
});
