import { CopyField } from "../../components/CopyField";
import { Notice } from "../../components/Notice";
import { t } from "../../lib/i18n";
import { tRich } from "../../lib/i18n-rich";
import type { DeliveredInvite } from "./deliver-invite";
import { withLtrEmail } from "./ltr-email";

/** What became of an invite: mailed, or not and why; the link either way, to send another way too. */
export function InviteSent({ invite, id }: { invite: DeliveredInvite; id: string }) {
  const strong = (text: string) => <strong>{withLtrEmail(text, invite.email)}</strong>;
  return (
    <>
      {invite.mailProblem ? (
        <Notice tone="warning">
          {tRich("settings.members.invited", { strong }, { email: invite.email, problem: invite.mailProblem })}
        </Notice>
      ) : (
        <Notice tone="success">{tRich("settings.members.mailed", { strong }, { email: invite.email })}</Notice>
      )}
      <CopyField
        id={id}
        label={t("settings.members.inviteLink")}
        value={invite.link}
        copyLabel={t("settings.members.copyLink")}
      />
    </>
  );
}
