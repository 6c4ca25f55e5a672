import { useState, type FormEvent } from 'react';
import { graphql } from '../api/client';
import { AccountProof } from '../components/AccountProof';
import { FirstScrape } from '../components/FirstScrape';
import { Sessions } from '../components/Sessions';
import { operations } from '../api/operations';
import type { Me, MutationErrors } from '../api/types';

const AGE_BANDS = {
  AGE_13_17: '13-17',
  AGE_18_24: '18-24',
  AGE_25_34: '25-34',
  AGE_35_44: '35-44',
  AGE_45_54: '45-54',
  AGE_55_PLUS: '55+',
};

function list(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Link the user's own account and say who they want to reach. */
export function Onboarding({ me, done, changed }: { me: Me; done: () => void; changed: () => void }) {
  const [handle, setHandle] = useState(me.tiktokHandle ?? '');
  const [niches, setNiches] = useState(me.audience.niches.join(', '));
  const [regions, setRegions] = useState(me.audience.regions.join(', '));
  const [languages, setLanguages] = useState(me.audience.languages.join(', '));
  const [ageBand, setAgeBand] = useState(me.audience.ageBand ?? '');
  const [competitors, setCompetitors] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  // After linking, the first scrape of the account shows here as it happens.
  const [watching, setWatching] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setProblem(null);
    try {
      const linked = await graphql<{ linkTikTokAccount: MutationErrors }>(operations.linkTikTokAccount, { handle: handle.trim() });
      if (linked.linkTikTokAccount.errors.length > 0) {
        // The API's rule says what a handle is (and the message); nothing else is saved until it is one.
        setProblem(linked.linkTikTokAccount.errors.map((e) => e.message).join(' '));
        return;
      }
      const preferences = await graphql<{ setAudiencePreferences: MutationErrors }>(operations.setAudiencePreferences, {
        input: { niches: list(niches), regions: list(regions), languages: list(languages), ageBand: ageBand || null },
      });
      const followed = await Promise.all(
        list(competitors).map((competitor) => graphql<{ addCompetitor: MutationErrors }>(operations.addCompetitor, { handle: competitor })),
      );
      const errors = [...preferences.setAudiencePreferences.errors, ...followed.flatMap((f) => f.addCompetitor.errors)];
      if (errors.length > 0) {
        setProblem(errors.map((e) => e.message).join(' '));
      } else {
        const now = await graphql<{ me: Me }>(operations.me);
        const linkedHandle = now.me.tiktokHandle;
        const observed = now.me.trackedCreators.some((c) => c.handle === linkedHandle && c.followers !== null);
        if (observed) {
          done();
        } else {
          setWatching(linkedHandle);
        }
      }
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <main id="main" tabIndex={-1}>
      <h1>Your account and audience</h1>
      <form onSubmit={submit}>
        <label htmlFor="handle">Your TikTok handle</label>
        <input id="handle" name="handle" value={handle} onChange={(e) => setHandle(e.target.value)} required />
        <label htmlFor="niches">Niches you want to reach (comma-separated, e.g. booktok, reading)</label>
        <input id="niches" name="niches" value={niches} onChange={(e) => setNiches(e.target.value)} />
        <label htmlFor="regions">Regions (ISO codes, e.g. GB, DE)</label>
        <input id="regions" name="regions" value={regions} onChange={(e) => setRegions(e.target.value)} />
        <label htmlFor="languages">Languages (ISO codes, e.g. en)</label>
        <input id="languages" name="languages" value={languages} onChange={(e) => setLanguages(e.target.value)} />
        <label htmlFor="age">Audience age band</label>
        <select id="age" value={ageBand} onChange={(e) => setAgeBand(e.target.value)}>
          <option value="">Not known</option>
          {Object.entries(AGE_BANDS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <label htmlFor="competitors">Competitors to follow (handles, comma-separated)</label>
        <input id="competitors" name="competitors" value={competitors} onChange={(e) => setCompetitors(e.target.value)} />
        {problem && (
          <p role="alert" className="error">
            {problem}
          </p>
        )}
        <button type="submit" disabled={saving || watching !== null}>
          {saving ? 'Saving…' : 'Save and track'}
        </button>
      </form>
      {watching !== null && (
        <FirstScrape handle={watching}>
          <button type="button" onClick={done}>
            Go to the dashboard
          </button>
        </FirstScrape>
      )}
      <AccountProof me={me} changed={changed} />
      <Sessions />
    </main>
  );
}
