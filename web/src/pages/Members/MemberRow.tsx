import { useState } from "preact/hooks";
import type { Member, StorageUsage } from "../../../../protocol/api";
import { changeMemberRole, reinviteMember } from "../../lib/api-routes";
import { formatLocalTime } from "../../lib/local-time";
import { useBusyAction } from "../../lib/use-busy-action";
import { type DeliveredInvite, deliverInvite } from "./deliver-invite";
import { InviteSent } from "./InviteSent";

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
        {member.email}
        {isSelf && <span class="member-self"> (you)</span>}
      </span>
      <span class="member-role">{member.role === "admin" ? "Admin" : "Member"}</span>
      <span class="member-meta">
        {member.pending ? "Invited, no password yet" : `Joined ${formatLocalTime(member.createdAt)}`}
        {!member.pending && !member.emailVerified && " · Email not verified"}
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
            Resend invite
          </button>
        )}
        <button type="button" class="button-secondary" disabled={busy} onClick={toggleRole}>
          {member.role === "admin" ? "Make member" : "Make admin"}
        </button>
        <button type="button" class="button-danger-outline" disabled={busy} onClick={() => onRemove(member)}>
          Remove
        </button>
        <button type="button" class="button-danger-outline" disabled={busy} onClick={() => onDelete(member)}>
          Delete account
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

/** "3 of 1,000 active secrets · 12 KB of 1 GB": a member's storage against the per-account quota. */
function usageText(usage: StorageUsage, quota: StorageUsage): string {
  const count = new Intl.NumberFormat();
  return `${count.format(usage.activeSecrets)} of ${count.format(quota.activeSecrets)} active secrets · ${size(usage.activeBytes)} of ${size(quota.activeBytes)}`;
}

/** Sizes in binary units, as the quota is set (104857600 bytes is "100 MB", 1073741824 is "1 GB"). */
function size(bytes: number): string {
  const format = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
  if (bytes >= 1024 ** 3) return `${format.format(bytes / 1024 ** 3)} GB`;
  return bytes >= 1024 * 1024
    ? `${format.format(bytes / (1024 * 1024))} MB`
    : `${format.format(Math.ceil(bytes / 1024))} KB`;
}
