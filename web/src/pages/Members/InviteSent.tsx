import { CopyField } from "../../components/CopyField";
import { Notice } from "../../components/Notice";
import type { DeliveredInvite } from "./deliver-invite";

/** What became of an invite: mailed, or not and why; the link either way, to send another way too. */
export function InviteSent({ invite, id }: { invite: DeliveredInvite; id: string }) {
  return (
    <>
      {invite.mailProblem ? (
        <Notice tone="warning">
          <strong>{invite.email} is invited.</strong> {invite.mailProblem}
        </Notice>
      ) : (
        <Notice tone="success">
          <strong>Invite mailed to {invite.email}.</strong> The link in it opens once and shows their setup link.
        </Notice>
      )}
      <CopyField id={id} label="Invite link" value={invite.link} copyLabel="Copy link" />
    </>
  );
}
