import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Show } from './States';

describe("every view's states", () => {
  it('says it is loading, politely', () => {
    render(<Show loaded={{ state: 'loading' }}>{() => <p>content</p>}</Show>);
    expect(screen.getByRole('status').textContent).toBe('Loading…');
  });

  it('shows an error as an alert with its message', () => {
    render(<Show loaded={{ state: 'error', message: '@nobody is not tracked' }}>{() => <p>content</p>}</Show>);
    expect(screen.getByRole('alert').textContent).toBe('Could not load: @nobody is not tracked');
  });

  it('shows the empty message when there is nothing, else the content', () => {
    const { rerender } = render(
      <Show loaded={{ state: 'done', value: [] as number[] }} isEmpty={(v) => v.length === 0} empty="No videos yet.">
        {(v) => <p>{v.length} videos</p>}
      </Show>,
    );
    expect(screen.getByText('No videos yet.')).toBeTruthy();
    rerender(
      <Show loaded={{ state: 'done', value: [1, 2] }} isEmpty={(v) => v.length === 0} empty="No videos yet.">
        {(v) => <p>{v.length} videos</p>}
      </Show>,
    );
    expect(screen.getByText('2 videos')).toBeTruthy();
  });
});
