import { describe, expect, it } from 'vitest';
import { standing, velocityCurve } from './velocity';

const point = (age: string, views: number, band: [number, number, number] | null, sample: number) => ({
  age,
  views,
  interpolated: age === '24h',
  rounded: age === '6h',
  creatorLowerQuartile: band?.[0] ?? null,
  creatorMedian: band?.[1] ?? null,
  creatorUpperQuartile: band?.[2] ?? null,
  medianSample: sample,
  outlierScore: band === null ? null : views / band[1] - 1,
});

describe('the views-by-age curve', () => {
  it('orders the ages by hours after posting and leaves unknown ones empty, the band null below the sample', () => {
    const curve = velocityCurve([point('24h', 8500, [2000, 3000, 4500], 5), point('1h', 1000, null, 2)]);
    expect(curve.map((p) => [p.age, p.hours, p.views, p.lower, p.median, p.upper])).toEqual([
      ['1h', 1, 1000, null, null, null],
      ['6h', 6, null, null, null, null],
      ['24h', 24, 8500, 2000, 3000, 4500],
      ['7d', 168, null, null, null, null],
    ]);
    expect(curve[2].interpolated).toBe(true);
    expect(curve[2].score).toBeCloseTo(1.8333, 4);
  });

  it('says where the views stand against the band, and never calls an unknown value low', () => {
    const [oneHour, sixHours, day] = velocityCurve([
      point('1h', 900, [1000, 1200, 1500], 8),
      point('6h', 1300, [1000, 1200, 1500], 8),
      point('24h', 8500, [2000, 3000, 4500], 5),
    ]);
    expect(standing(oneHour)).toBe('below the usual range');
    expect(standing(sixHours)).toBe('within the usual range');
    expect(standing(day)).toBe('above the usual range');
    expect(standing(velocityCurve([])[3])).toBe('unknown');
    expect(standing(velocityCurve([point('1h', 10, null, 2)])[0])).toBe('no band yet (2 earlier videos; 3 needed)');
  });
});
