import { AuthForm } from "../../components/AuthForm";
import { signUp } from "../../lib/api-routes";
import { t } from "../../lib/i18n";

export default function SignUpPage() {
  return (
    <AuthForm
      title={t("common.page.signUp")}
      send={signUp}
      submitLabel={t("common.auth.signUp")}
      newPassword={true}
      switchTo={{ path: "/signin", prompt: t("common.auth.haveAccount"), label: t("common.signIn") }}
    />
  );
}
