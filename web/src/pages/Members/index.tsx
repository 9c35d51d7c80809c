import { useEffect, useState } from "preact/hooks";
import type { Member, StorageUsage } from "../../../../protocol/api";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { DeleteAccountDialog } from "../../components/DeleteAccountDialog";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { deleteMemberAccount, listMembers, removeMember } from "../../lib/api-routes";
import { useConfirmedAction } from "../../lib/use-confirmed-action";
import { useSession } from "../../lib/use-session";
import { InviteMember } from "./InviteMember";
import { MemberRow } from "./MemberRow";
import "./style.css";

export default function MembersPage() {
  const { user } = useSession();
  const isAdmin = user?.role === "admin";
  const [members, setMembers] = useState<Member[] | null>(null);
  const [quota, setQuota] = useState<StorageUsage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<Member | null>(null);
  const removal = useConfirmedAction(async (member: Member) => {
    await removeMember(member.id);
    setMembers((current) => current?.filter((m) => m.id !== member.id) ?? null);
  });

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

  const replace = (changed: Member) =>
    setMembers((current) => current?.map((m) => (m.id === changed.id ? changed : m)) ?? null);
  return (
    <>
      <h1>Members</h1>
      <InviteMember onInvited={(member) => setMembers((current) => [...(current ?? []), member])} />
      <h2>Everyone on this Oncelink</h2>
      {error && <Notice tone="error">{error}</Notice>}
      {members === null && !error && <p class="lead">Loading…</p>}
      {members && (
        <ul class="member-list" aria-label="Members">
          {members.map((member) => (
            <MemberRow
              key={member.id}
              member={member}
              quota={quota}
              isSelf={member.id === user?.id}
              onChanged={replace}
              onRemove={removal.ask}
              onDelete={setDeleting}
            />
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={removal.target !== null}
        title={`Remove ${removal.target?.email ?? "this member"}?`}
        message="Their account, sessions and API tokens end now. Secrets they already shared stay openable until they expire."
        confirmLabel="Remove member"
        busy={removal.busy}
        error={removal.error}
        onConfirm={removal.confirm}
        onCancel={removal.cancel}
      />
      <DeleteAccountDialog
        open={deleting !== null}
        title={`Delete ${deleting?.email ?? "this member"}'s account?`}
        message="Their active secrets are burned (the links stop working), their sessions, API tokens, passkeys and pending invites end, and their address is erased; the audit log names them by id only. This cannot be undone."
        confirmLabel="Delete account"
        onDelete={async (password) => {
          if (!deleting) return;
          await deleteMemberAccount(deleting.id, password);
          setMembers((current) => current?.filter((m) => m.id !== deleting.id) ?? null);
          setDeleting(null);
        }}
        onCancel={() => setDeleting(null)}
      />
    </>
  );
}
