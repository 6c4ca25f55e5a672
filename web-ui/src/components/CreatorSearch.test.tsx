import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Route, Routes } from 'react-router';
import { fakeApi, renderPage } from '../testing';
import { CreatorSearch, searchChoices } from './CreatorSearch';

const bo = { handle: 'bo.bakes', nickname: 'Bo', verified: false, followers: { value: 12_300, precision: 'ROUNDED' as const } };
const booktok = { handle: 'booktok.creator1', nickname: 'Book Creator 1', verified: null, followers: null };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('what the search offers', () => {
  it('the matches, and tracking the handle typed when no match is that handle', () => {
    expect(searchChoices({ searchCreators: [bo, booktok], canonicalHandle: 'bo' })).toEqual([
      { kind: 'open', match: bo },
      { kind: 'open', match: booktok },
      { kind: 'track', handle: 'bo' },
    ]);
  });

  it('no tracking offer for the handle of a match (typed as "@Bo.Bakes", which the API makes "bo.bakes")', () => {
    expect(searchChoices({ searchCreators: [bo], canonicalHandle: 'bo.bakes' })).toEqual([{ kind: 'open', match: bo }]);
  });

  it('no tracking offer for text the API says is no handle (a display name with a space)', () => {
    expect(searchChoices({ searchCreators: [booktok], canonicalHandle: null })).toEqual([{ kind: 'open', match: booktok }]);
    expect(searchChoices({ searchCreators: [], canonicalHandle: null })).toEqual([]);
  });
});

describe('the search box', () => {
  function page() {
    return renderPage(
      <Routes>
        <Route path="/" element={<CreatorSearch />} />
        <Route path="/creator/:handle" element={<p>creator page</p>} />
      </Routes>,
    );
  }

  it('asks as the user types, shows each match with its followers (≈ when rounded, — when unknown) and opens one', async () => {
    const api = fakeApi(() => ({ data: { searchCreators: [bo, booktok], canonicalHandle: 'bo' } }));
    page();
    fireEvent.change(screen.getByRole('combobox'), { target: { value: 'bo' } });

    const choices = await screen.findAllByTestId('search-choice');
    expect(choices.map((c) => c.textContent)).toEqual([
      '@bo.bakes Bo · ≈ 12,300 followers',
      '@booktok.creator1 Book Creator 1 · — followers',
      'Track @bo',
    ]);
    expect(api.sent.at(-1)?.query).toContain('canonicalHandle(text: $text)');
    expect(api.sent.at(-1)?.variables).toEqual({ text: 'bo', first: 8 });
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'ArrowDown' });
    expect(choices[1].getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByRole('combobox'), { key: 'Enter' });
    expect(await screen.findByText('creator page')).toBeTruthy();
  });

  it('sends nothing for an empty box', async () => {
    const api = fakeApi(() => ({ data: { searchCreators: [], canonicalHandle: null } }));
    page();
    fireEvent.change(screen.getByRole('combobox'), { target: { value: '   ' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(api.sent).toHaveLength(0);
    expect(screen.queryAllByTestId('search-choice')).toHaveLength(0);
  });
});
