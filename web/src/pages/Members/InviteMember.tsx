import { useState } from "preact/hooks";
import type { Member } from "../../../../protocol/api";
import { envelopeUpload, sealSecret } from "../../../../protocol/envelope";
import { MAX_EXPIRES_IN } from "../../../../protocol/limits";
import { CopyField } from "../../components/CopyField";
import { Field } from "../../components/Field";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { createSecret, inviteMember } from "../../lib/api-routes";
import { rememberLink } from "../../lib/link-keys";

/**
 * Wraps the invitee's setup link in a one-time secret made right here, so the invite travels like any
 * other secret: encrypted in this browser, readable once, gone after a week.
 */
async function sealInvite(email: string, setupToken: string): Promise<string> {
  const setupUrl = `${location.origin}/setup#${setupToken}`;
  const sealed = await sealSecret({
    text: `You're invited to Oncelink. Open this link to set your password: ${setupUrl}`,
  });
  const { secret } = await createSecret({
    ...envelopeUpload(sealed),
    name: `Invite for ${email}`,
    expiresIn: MAX_EXPIRES_IN,
    maxViews: 1,
  });
  const link = `${secret.url}#${sealed.linkKey}`;
  rememberLink(secret.id, link, secret.expiresAt);
  return link;
}

export function InviteMember({ onInvited }: { onInvited: (member: Member) => void }) {
  const [email, setEmail] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [invited, setInvited] = useState<{ email: string; link: string } | null>(null);

  async function invite(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setInvited(null);
    let member: Member | undefined;
    try {
      const invitation = await inviteMember(email.trim());
      member = invitation.user;
      onInvited(member);
      setInvited({ email: member.email, link: await sealInvite(member.email, invitation.setupToken) });
      setEmail("");
    } catch (caught) {
      // The account exists once POST /api/users answered; only its link is missing then.
      setError(
        member
          ? `${member.email} has an account, but the invite link could not be made: ${errorMessage(caught)}`
          : errorMessage(caught),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card invite-form" onSubmit={invite}>
      <h2>Invite member</h2>
      <p class="hint">
        They get an account now and choose their password from a one-time link that you send them. It works once and
        expires in 7 days.
      </p>
      {error && <Notice tone="error">{error}</Notice>}
      <div class="invite-row">
        <Field id="invite-email" label="Email">
          <input
            id="invite-email"
            type="email"
            autocomplete="off"
            required
            value={email}
            onInput={(event) => setEmail(event.currentTarget.value)}
          />
        </Field>
        <button type="submit" disabled={busy}>
          {busy ? "Inviting…" : "Invite member"}
        </button>
      </div>
      {invited && (
        <>
          <Notice tone="success">
            <strong>{invited.email} is invited.</strong> Send them this link: it opens once and shows their setup link.
          </Notice>
          <CopyField id="invite-link" label="Invite link" value={invited.link} copyLabel="Copy link" />
        </>
      )}
    </form>
  );
}
