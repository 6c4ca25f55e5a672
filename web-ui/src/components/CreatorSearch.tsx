import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { operations } from '../api/operations';
import { useOperation } from '../api/queries';
import { trackCreator } from '../api/track';
import type { CreatorMatch } from '../api/types';
import { count } from '../format';

const TYPING_PAUSE_MS = 150;

interface Found {
  searchCreators: CreatorMatch[];
  canonicalHandle: string | null;
}

/**
 * What the list offers for the text typed: the matches, then "Track @handle" when the API says the text
 * is a handle (its canonical form) and no match has it.
 */
export function searchChoices({
  searchCreators: matches,
  canonicalHandle: handle,
}: Found): ({ kind: 'open'; match: CreatorMatch } | { kind: 'track'; handle: string })[] {
  const choices: ({ kind: 'open'; match: CreatorMatch } | { kind: 'track'; handle: string })[] = matches.map((match) => ({
    kind: 'open',
    match,
  }));
  if (handle !== null && !matches.some((m) => m.handle === handle)) {
    choices.push({ kind: 'track', handle });
  }
  return choices;
}

/**
 * The header's search box over tracked creators (handle or display name, as you type): a choice opens
 * the creator's page; a handle nobody tracks yet can be tracked from here, and its page then shows the
 * first scrape as it happens.
 */
export function CreatorSearch() {
  const navigate = useNavigate();
  const client = useQueryClient();
  const listId = useId();
  const [text, setText] = useState('');
  const [asked, setAsked] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setAsked(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  const wanted = asked.replace(/^@/, '');
  const found = useOperation(operations.searchCreators, { text: asked, first: 8 }, (d: Found) => d, {
    enabled: wanted.length > 0 && wanted.length <= 50,
  });
  const choices = found.state === 'done' && asked === text.trim() ? searchChoices(found.value) : [];
  const expanded = open && choices.length > 0;

  function go(handle: string) {
    setText('');
    setOpen(false);
    navigate(`/creator/${handle}`);
  }

  async function choose(index: number) {
    const choice = choices[index];
    if (!choice) return;
    if (choice.kind === 'open') {
      go(choice.match.handle);
      return;
    }
    const refused = await trackCreator(client, choice.handle);
    setProblem(refused);
    if (refused === null) go(choice.handle);
  }

  function key(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((active + step + Math.max(1, choices.length)) % Math.max(1, choices.length));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      choose(active);
    } else if (event.key === 'Escape') {
      setOpen(false);
    }
  }

  return (
    <div className="search" role="search">
      <label htmlFor="creator-search" className="visually-hidden">
        Find a creator
      </label>
      <input
        id="creator-search"
        type="search"
        role="combobox"
        autoComplete="off"
        placeholder="Find a creator: handle or name"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded ? `${listId}-${active}` : undefined}
        value={text}
        maxLength={50}
        onKeyDown={key}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
          setProblem(null);
        }}
      />
      <ul id={listId} role="listbox" aria-label="Creators found" hidden={!expanded}>
        {choices.map((choice, index) => (
          <li
            key={choice.kind === 'open' ? choice.match.handle : 'track'}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === active}
            data-testid="search-choice"
            onMouseDown={(e) => {
              e.preventDefault();
              choose(index);
            }}
          >
            {choice.kind === 'open' ? (
              <>
                <strong>@{choice.match.handle}</strong> {choice.match.nickname ?? ''}
                <span className="muted"> · {count(choice.match.followers?.value, choice.match.followers?.precision)} followers</span>
              </>
            ) : (
              <>
                Track <strong>@{choice.handle}</strong>
              </>
            )}
          </li>
        ))}
      </ul>
      {problem && (
        <p role="alert" className="error">
          {problem}
        </p>
      )}
    </div>
  );
}
