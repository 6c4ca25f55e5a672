import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { graphql } from '../api/client';
import { operations } from '../api/operations';
import { useOperation } from '../api/queries';
import type { Me, MutationErrors } from '../api/types';

type Scheduled = { requestScrape: { scheduled: boolean; errors: { message: string }[] } };

/**
 * Proving the linked TikTok account is the user's own: the code to put in its bio, a way to have it
 * looked at now, and a new code. Verified once a scrape sees the code; until then the account is
 * marked unverified wherever it is called the user's.
 */
export function AccountProof({ me: signedIn, changed }: { me: Me; changed: () => void }) {
  const client = useQueryClient();
  const [note, setNote] = useState<string | null>(null);
  // Asked again every 5 s while unverified: the scrape that verifies it may come at any time.
  const live = useOperation(operations.me, {}, (d: { me: Me }) => d.me, {
    enabled: !signedIn.tiktokAccountVerified,
    refetchInterval: (m) => (m?.tiktokAccountVerified ? false : 5000),
  });
  const me = live.state === 'done' ? live.value : signedIn;
  useEffect(() => {
    if (me.tiktokAccountVerified && !signedIn.tiktokAccountVerified) changed();
  }, [me.tiktokAccountVerified, signedIn.tiktokAccountVerified, changed]);
  if (me.tiktokHandle === null) return null;
  if (me.tiktokAccountVerified) {
    return (
      <p className="badge" data-testid="account-verified">
        @{me.tiktokHandle} is verified as yours.
      </p>
    );
  }

  async function checkNow() {
    const answer = await graphql<Scheduled>(operations.requestScrape, { handle: me.tiktokHandle }).catch((e: Error) => {
      setNote(e.message);
      return null;
    });
    if (answer) {
      setNote(
        answer.requestScrape.scheduled
          ? `@${me.tiktokHandle} will be looked at within a minute; this page shows the result.`
          : answer.requestScrape.errors.map((e) => e.message).join(' '),
      );
    }
  }

  async function newCode() {
    setNote(null);
    const answer = await graphql<{ issueTikTokVerificationCode: MutationErrors }>(operations.issueTikTokVerificationCode).catch(
      (e: Error) => ({ issueTikTokVerificationCode: { errors: [{ code: 'INTERNAL', reason: null, message: e.message }] } }),
    );
    const errors = answer.issueTikTokVerificationCode.errors;
    setNote(errors.length > 0 ? errors.map((e) => e.message).join(' ') : null);
    await client.invalidateQueries({ queryKey: [operations.me] });
  }

  return (
    <section aria-labelledby="proof-heading" className="card">
      <h2 id="proof-heading">
        Prove @{me.tiktokHandle} is yours <span className="badge warning">unverified</span>
      </h2>
      {me.tiktokVerificationCode === null ? (
        <p>This link was made before codes existed: ask for a code to prove it.</p>
      ) : (
        <p>
          Put <code data-testid="verification-code">{me.tiktokVerificationCode}</code> anywhere in your TikTok bio. The next scrape of your
          profile sees it and verifies the account; then you can take it out again.
        </p>
      )}
      <div className="controls">
        <button type="button" onClick={checkNow}>
          Check my bio now
        </button>
        <button type="button" onClick={newCode}>
          {me.tiktokVerificationCode === null ? 'Get a code' : 'New code'}
        </button>
      </div>
      {note && <p role="status">{note}</p>}
    </section>
  );
}
