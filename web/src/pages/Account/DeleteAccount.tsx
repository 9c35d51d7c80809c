import { useState } from "preact/hooks";
import { DeleteAccountDialog } from "../../components/DeleteAccountDialog";
import { deleteOwnAccount } from "../../lib/api-routes";
import { leaveSignedOut } from "../../lib/end-session";
import { t } from "../../lib/i18n";
import { useSession } from "../../lib/use-session";

/** The Account page's last section: delete this account for good (DELETE /api/me). */
export function DeleteAccount() {
  const { setUser } = useSession();
  const [asking, setAsking] = useState(false);

  async function remove(password: string | undefined) {
    await deleteOwnAccount(password);
    setUser(null);
    leaveSignedOut();
  }

  return (
    <section class="card account-delete" aria-labelledby="account-delete-title">
      <h2 id="account-delete-title">{t("settings.account.delete.title")}</h2>
      <p>{t("settings.account.delete.explain")}</p>
      <button type="button" class="button-danger-outline" onClick={() => setAsking(true)}>
        {t("settings.account.delete.open")}
      </button>
      <DeleteAccountDialog
        open={asking}
        title={t("settings.account.delete.confirmTitle")}
        message={t("settings.account.delete.confirmMessage")}
        confirmLabel={t("settings.account.delete.confirm")}
        onDelete={remove}
        onCancel={() => setAsking(false)}
      />
    </section>
  );
}
