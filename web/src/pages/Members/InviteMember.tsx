import { useState } from "preact/hooks";
import type { Member } from "../../../../protocol/api";
import { Field } from "../../components/Field";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { inviteMember } from "../../lib/api-routes";
import { type DeliveredInvite, deliverInvite } from "./deliver-invite";
import { InviteSent } from "./InviteSent";

export function InviteMember({ onInvited }: { onInvited: (member: Member) => void }) {
  const [email, setEmail] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [invited, setInvited] = useState<DeliveredInvite | null>(null);

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
      setInvited(await deliverInvite(member, invitation.setupToken));
      setEmail("");
    } catch (caught) {
      // The account exists once POST /api/users answered; only its link is missing then.
      setError(
        member
          ? `${member.email} has an account, but the invite link could not be made: ${errorMessage(caught)}. Use “Resend invite” below.`
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
        They get an account now and an email with a one-time link to choose their password. It works once and expires in
        7 days.
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
      {invited && <InviteSent invite={invited} id="invite-link" />}
    </form>
  );
}
