import { describe, expect, it } from 'vitest';
import { alignByDay, canUseLogScale, daySeconds, growthLine, growthRows, indexedTo100, pointLabel } from './series';

describe('chart data', () => {
  it('puts every line on the union of their days, an absent day unknown (null), never 0', () => {
    const chart = alignByDay([
      {
        label: '@ana',
        points: [
          { day: '2026-11-02', value: 1100, rounded: false },
          { day: '2026-11-03', value: 1200, rounded: true },
        ],
      },
      {
        label: '@bo',
        points: [
          { day: '2026-11-01', value: 50, rounded: false },
          { day: '2026-11-03', value: null, rounded: false },
        ],
      },
    ]);
    expect(chart.days).toEqual(['2026-11-01', '2026-11-02', '2026-11-03']);
    expect(chart.series[0].values).toEqual([null, 1100, 1200]);
    expect(chart.series[0].rounded).toEqual([false, false, true]);
    expect(chart.series[1].values).toEqual([50, null, null]);
  });

  it('indexes to 100 at the first known value of the range: 1,000 → 1,100 → 1,250 reads 100, 110, 125', () => {
    const indexed = indexedTo100({ label: '@ana', values: [null, 1000, 1100, null, 1250], rounded: [false, false, false, false, true] });
    expect(indexed.values).toEqual([null, 100, 110, null, 125]);
    expect(indexed.rounded).toEqual([false, false, false, false, true]);
  });

  it('cannot index a line that starts at 0 or is never known', () => {
    expect(indexedTo100({ label: 'x', values: [0, 10], rounded: [false, false] }).values).toEqual([null, null]);
    expect(indexedTo100({ label: 'x', values: [null, null], rounded: [false, false] }).values).toEqual([null, null]);
  });

  it('says a point as exact, rounded (≈) or unknown', () => {
    expect(pointLabel(178418, false)).toBe(new Intl.NumberFormat().format(178418));
    expect(pointLabel(3300000, true)).toBe('≈ ' + new Intl.NumberFormat().format(3300000));
    expect(pointLabel(null, false)).toBe('unknown');
    expect(pointLabel(112.345, false, 1)).toBe('112.3');
  });

  it('offers a log scale only when every shown value is above 0', () => {
    expect(canUseLogScale({ days: ['d'], series: [{ label: 'a', values: [1, null], rounded: [false, false] }] })).toBe(true);
    expect(canUseLogScale({ days: ['d'], series: [{ label: 'a', values: [0, 5], rounded: [false, false] }] })).toBe(false);
  });

  it('places a day at its UTC midnight', () => {
    expect(daySeconds('2026-11-03')).toBe(Date.UTC(2026, 10, 3) / 1000);
  });
});

describe('growth columns', () => {
  it('turns the parallel lists back into one row per bucket, a null delta kept null', () => {
    const rows = growthRows({
      periodStart: ['2026-11-01', '2026-11-02'],
      closingDay: ['2026-11-01', '2026-11-02'],
      followers: [100, 110],
      likes: [5, 7],
      videos: [1, 1],
      followersDelta: [null, 10],
      likesDelta: [null, 2],
      videosDelta: [null, 0],
      restsOnRounded: [false, true],
    });
    expect(rows).toEqual([
      {
        periodStart: '2026-11-01',
        closingDay: '2026-11-01',
        followers: 100,
        likes: 5,
        videos: 1,
        followersDelta: null,
        likesDelta: null,
        videosDelta: null,
        restsOnRounded: false,
      },
      {
        periodStart: '2026-11-02',
        closingDay: '2026-11-02',
        followers: 110,
        likes: 7,
        videos: 1,
        followersDelta: 10,
        likesDelta: 2,
        videosDelta: 0,
        restsOnRounded: true,
      },
    ]);
    expect(growthLine(rows, 'followers')).toEqual([
      { day: '2026-11-01', value: 100, rounded: false },
      { day: '2026-11-02', value: 110, rounded: true },
    ]);
  });
});
