import { useEffect, useState } from "preact/hooks";
import type { Member, StorageUsage } from "../../../../protocol/api";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { listMembers } from "../../lib/api-routes";
import { formatLocalTime } from "../../lib/local-time";
import { useSession } from "../../lib/use-session";
import { InviteMember } from "./InviteMember";
import "./style.css";

export default function MembersPage() {
  const { user } = useSession();
  const isAdmin = user?.role === "admin";
  const [members, setMembers] = useState<Member[] | null>(null);
  const [quota, setQuota] = useState<StorageUsage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!isAdmin) return;
    listMembers().then(
      ({ items, quota }) => {
        setMembers(items);
        setQuota(quota);
      },
      (caught: unknown) => setError(errorMessage(caught)),
    );
  }, [isAdmin]);

  if (!isAdmin) {
    return (
      <>
        <h1>Members</h1>
        <Notice tone="info">Only an admin can see and invite members.</Notice>
      </>
    );
  }

  return (
    <>
      <h1>Members</h1>
      <InviteMember onInvited={(member) => setMembers((current) => [...(current ?? []), member])} />
      <h2>Everyone on this Oncelink</h2>
      {error && <Notice tone="error">{error}</Notice>}
      {members === null && !error && <p class="lead">Loading…</p>}
      {members && (
        <ul class="member-list">
          {members.map((member) => (
            <li key={member.id} class="member-row">
              <span class="member-email">{member.email}</span>
              <span class="member-meta">
                {member.role === "admin" ? "Admin" : "Member"} ·{" "}
                {member.pending ? "Invited, no password yet" : `Joined ${formatLocalTime(member.createdAt)}`}
                {!member.pending && !member.emailVerified && " · Email not verified"}
              </span>
              {member.usage && quota && <span class="member-meta">{usageText(member.usage, quota)}</span>}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** "3 of 1,000 active secrets · 12 KB of 100 MB": a member's storage against the per-account quota. */
function usageText(usage: StorageUsage, quota: StorageUsage): string {
  const count = new Intl.NumberFormat();
  return `${count.format(usage.activeSecrets)} of ${count.format(quota.activeSecrets)} active secrets · ${size(usage.activeBytes)} of ${size(quota.activeBytes)}`;
}

/** Sizes in binary units, as the quota is set (104857600 bytes is "100 MB"). */
function size(bytes: number): string {
  const format = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${format.format(bytes / (1024 * 1024))} MB`
    : `${format.format(Math.ceil(bytes / 1024))} KB`;
}
