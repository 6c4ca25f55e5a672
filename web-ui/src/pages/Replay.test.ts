import { describe, expect, it } from 'vitest';
import { endOfDay } from './Replay';

describe('replaying a day', () => {
  it('asks for the dashboard as it stood at the end of that UTC day', () => {
    expect(endOfDay(new Date('2026-12-01T10:00:00Z'), 0)).toBe('2026-12-01T23:59:59.000Z');
    expect(endOfDay(new Date('2026-12-01T10:00:00Z'), 31)).toBe('2026-10-31T23:59:59.000Z');
  });
});
