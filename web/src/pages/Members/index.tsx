import { useEffect, useState } from "preact/hooks";
import type { Member, StorageUsage } from "../../../../protocol/api";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { DeleteAccountDialog } from "../../components/DeleteAccountDialog";
import { Notice } from "../../components/Notice";
import { errorMessage } from "../../lib/api";
import { deleteMemberAccount, listMembers, removeMember } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
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
        <h1>{t("common.page.members")}</h1>
        <Notice tone="info">{t("settings.members.adminOnly")}</Notice>
      </>
    );
  }

  const replace = (changed: Member) =>
    setMembers((current) => current?.map((m) => (m.id === changed.id ? changed : m)) ?? null);
  return (
    <>
      <h1>{t("common.page.members")}</h1>
      <InviteMember onInvited={(member) => setMembers((current) => [...(current ?? []), member])} />
      <h2>{t("settings.members.everyone")}</h2>
      {error && <Notice tone="error">{error}</Notice>}
      {members === null && !error && <p class="lead">{t("settings.members.loading")}</p>}
      {members && (
        <ul class="member-list" aria-label={t("common.page.members")}>
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
        title={
          removal.target
            ? t("settings.members.removeTitle", { email: removal.target.email })
            : t("settings.members.removeTitleUnnamed")
        }
        message={t("settings.members.removeMessage")}
        confirmLabel={t("settings.members.removeConfirm")}
        busy={removal.busy}
        error={removal.error}
        onConfirm={removal.confirm}
        onCancel={removal.cancel}
      />
      <DeleteAccountDialog
        open={deleting !== null}
        title={
          deleting
            ? t("settings.members.deleteTitle", { email: deleting.email })
            : t("settings.members.deleteTitleUnnamed")
        }
        message={t("settings.members.deleteMessage")}
        confirmLabel={t("settings.members.deleteAccount")}
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
