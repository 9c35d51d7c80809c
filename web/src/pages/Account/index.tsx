import { t } from "../../lib/i18n";
import { useSession } from "../../lib/use-session";
import { ROLE_LABELS } from "../Members/role-labels";
import { ChangePasswordForm } from "./ChangePasswordForm";
import { DeleteAccount } from "./DeleteAccount";
import { Passkeys } from "./Passkeys";
import "./style.css";

export default function AccountPage() {
  const { user } = useSession();
  // The shell renders this page only for a signed-in user.
  if (!user) return null;

  return (
    <>
      <h1>{t("common.page.account")}</h1>
      <dl class="card account-details">
        <div>
          <dt>{t("common.auth.email")}</dt>
          <dd>
            <span dir="ltr">{user.email}</span>
          </dd>
        </div>
        <div>
          <dt>{t("settings.account.emailVerified")}</dt>
          <dd>{t(user.emailVerified ? "settings.account.verified" : "settings.account.notVerified")}</dd>
        </div>
        <div>
          <dt>{t("settings.account.role")}</dt>
          <dd>{t(ROLE_LABELS[user.role])}</dd>
        </div>
      </dl>
      <Passkeys />
      <ChangePasswordForm email={user.email} />
      <DeleteAccount />
    </>
  );
}
