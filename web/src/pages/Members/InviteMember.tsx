import { useState } from "preact/hooks";
import type { Member } from "../../../../protocol/api";
import { MAX_EXPIRES_IN } from "../../../../protocol/limits";
import { Field } from "../../components/Field";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { inviteMember } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { type DeliveredInvite, deliverInvite } from "./deliver-invite";
import { InviteSent } from "./InviteSent";

/** How long an invite's one-time secret lives (MAX_EXPIRES_IN), in days. */
const INVITE_DAYS = Math.round(MAX_EXPIRES_IN / 86_400);

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
          ? t("settings.members.inviteLinkFailed", { email: member.email, error: errorMessage(caught) })
          : errorMessage(caught),
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card invite-form" onSubmit={invite}>
      <h2>{t("settings.members.invite")}</h2>
      <p class="hint">{t("settings.members.inviteHint", { days: INVITE_DAYS })}</p>
      {error && <Notice tone="error">{error}</Notice>}
      <div class="invite-row">
        <Field id="invite-email" label={t("common.auth.email")}>
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
          {busy ? t("settings.members.inviting") : t("settings.members.invite")}
        </button>
      </div>
      {invited && <InviteSent invite={invited} id="invite-link" />}
    </form>
  );
}
