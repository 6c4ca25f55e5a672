import { describe, expect, it } from 'vitest';
import type { CompareCreator } from '../api/types';
import { alignByDay, indexedTo100 } from '../components/series';
import { compareLines } from './compareLines';

const creator = (handle: string, growth: CompareCreator['growth'], engagement: CompareCreator['engagement']) =>
  ({ handle, growth, engagement }) as unknown as CompareCreator;

const ana = creator(
  'ana',
  [
    { closingDay: '2026-11-01', followers: 1000, likes: 5000, restsOnRounded: false },
    { closingDay: '2026-11-02', followers: 1100, likes: 5200, restsOnRounded: true },
  ],
  [{ day: '2026-11-02', byViewsMedian: 0.085, restsOnRounded: false }],
);
const bo = creator(
  'bo',
  [{ closingDay: '2026-11-02', followers: 20000, likes: 90000, restsOnRounded: false }],
  [{ day: '2026-11-01', byViewsMedian: null, restsOnRounded: false }],
);

describe('the compare chart', () => {
  it("draws one line per creator, the user's own marked, a day a creator lacks unknown", () => {
    const chart = alignByDay(compareLines([ana, bo], 'followers', 'ana'));
    expect(chart.series.map((s) => s.label)).toEqual(['@ana (you)', '@bo']);
    expect(chart.series[0].values).toEqual([1000, 1100]);
    expect(chart.series[0].rounded).toEqual([false, true]);
    expect(chart.series[1].values).toEqual([null, 20000]);
  });

  it('indexed, creators of any size start at 100: ana 1,000 → 1,100 reads 110; bo starts later at 100', () => {
    const chart = alignByDay(compareLines([ana, bo], 'followers', null));
    expect(chart.series.map(indexedTo100).map((s) => s.values)).toEqual([
      [100, 110],
      [null, 100],
    ]);
  });

  it('engagement in percent; a day with no known median is unknown, never 0', () => {
    const chart = alignByDay(compareLines([ana, bo], 'engagement', null));
    expect(chart.days).toEqual(['2026-11-01', '2026-11-02']);
    expect(chart.series[0].values).toEqual([null, 8.5]);
    expect(chart.series[1].values).toEqual([null, null]);
  });
});
