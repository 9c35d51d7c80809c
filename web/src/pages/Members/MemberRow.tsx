import { useState } from "preact/hooks";
import type { Member, StorageUsage } from "../../../../protocol/api";
import { changeMemberRole, reinviteMember } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { formatLocalTime } from "../../lib/local-time";
import { useBusyAction } from "../../lib/use-busy-action";
import { type DeliveredInvite, deliverInvite } from "./deliver-invite";
import { InviteSent } from "./InviteSent";
import { MAKE_ROLE, ROLE_LABELS } from "./role-labels";
import { storageSize } from "./storage-size";

interface MemberRowProps {
  member: Member;
  quota: StorageUsage | null;
  isSelf: boolean;
  onChanged: (member: Member) => void;
  onRemove: (member: Member) => void;
  onDelete: (member: Member) => void;
}

/** One account: who, role, state and storage in aligned columns, then what an admin can do to it. */
export function MemberRow({ member, quota, isSelf, onChanged, onRemove, onDelete }: MemberRowProps) {
  const { busy, error, run: act } = useBusyAction();
  const [resent, setResent] = useState<DeliveredInvite | null>(null);
  const emailId = `member-${member.id}-email`;

  const toggleRole = () =>
    act(async () => {
      const { user } = await changeMemberRole(member.id, member.role === "admin" ? "member" : "admin");
      onChanged({ ...member, role: user.role });
    });
  const resend = () =>
    act(async () => {
      setResent(null);
      const invitation = await reinviteMember(member.id);
      setResent(await deliverInvite(member, invitation.setupToken));
    });

  return (
    <li class="member-row" aria-labelledby={emailId}>
      <span class="member-email" id={emailId}>
        {/* Isolated left to right: a right-to-left page keeps the address in one piece and in order. */}
        <span dir="ltr">{member.email}</span>
        {isSelf && <span class="member-self"> {t("settings.members.you")}</span>}
      </span>
      <span class="member-role">{t(ROLE_LABELS[member.role])}</span>
      <span class="member-meta">
        {member.pending
          ? t("settings.members.pending")
          : t("settings.members.joined", { date: formatLocalTime(member.createdAt) })}
        {!member.pending && !member.emailVerified && ` · ${t("settings.members.emailUnverified")}`}
        {member.usage && quota && (
          <>
            <br />
            {usageText(member.usage, quota)}
          </>
        )}
      </span>
      <span class="member-actions">
        {member.pending && (
          <button type="button" class="button-secondary" disabled={busy} onClick={resend}>
            {t("settings.members.resendInvite")}
          </button>
        )}
        <button type="button" class="button-secondary" disabled={busy} onClick={toggleRole}>
          {t(MAKE_ROLE[member.role === "admin" ? "member" : "admin"])}
        </button>
        <button type="button" class="button-danger-outline" disabled={busy} onClick={() => onRemove(member)}>
          {t("settings.remove")}
        </button>
        <button type="button" class="button-danger-outline" disabled={busy} onClick={() => onDelete(member)}>
          {t("settings.members.deleteAccount")}
        </button>
      </span>
      {(error || resent) && (
        <div class="member-outcome">
          {error && (
            <p class="field-error" role="alert">
              {error}
            </p>
          )}
          {resent && <InviteSent invite={resent} id={`invite-link-${member.id}`} />}
        </div>
      )}
    </li>
  );
}

/** "3 of 1,000 active secrets · 12 kB of 1 GB": a member's storage against the per-account quota. */
function usageText(usage: StorageUsage, quota: StorageUsage): string {
  return t("settings.members.usage", {
    used: usage.activeSecrets,
    quota: quota.activeSecrets,
    bytes: storageSize(usage.activeBytes),
    quotaBytes: storageSize(quota.activeBytes),
  });
}
