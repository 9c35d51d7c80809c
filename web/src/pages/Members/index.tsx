import { useEffect, useState } from "preact/hooks";
import type { Member } from "../../../../protocol/api";
import { Notice } from "../../components/Notice";
import { api, errorMessage } from "../../lib/api";
import { formatLocalTime } from "../../lib/local-time";
import { useSession } from "../../lib/use-session";
import { InviteMember } from "./InviteMember";
import "./style.css";

export default function MembersPage() {
  const { user } = useSession();
  const isAdmin = user?.role === "admin";
  const [members, setMembers] = useState<Member[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!isAdmin) return;
    api<{ items: Member[] }>("/api/users").then(
      ({ items }) => setMembers(items),
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
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
