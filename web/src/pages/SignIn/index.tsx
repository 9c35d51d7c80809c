import { AuthForm } from "../../components/AuthForm";
import { signIn } from "../../lib/api-routes";
import { t } from "../../lib/i18n";

export default function SignInPage() {
  return (
    <AuthForm
      title={t("common.signIn")}
      send={signIn}
      submitLabel={t("common.signIn")}
      newPassword={false}
      switchTo={{ path: "/signup", prompt: t("common.auth.newHere"), label: t("common.page.signUp") }}
    />
  );
}
