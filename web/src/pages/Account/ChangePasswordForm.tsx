import { useRef, useState } from "preact/hooks";
import { MAX_PASSWORD_LENGTH } from "../../../../protocol/limits";
import { Field } from "../../components/Field";
import { NewPasswordField } from "../../components/NewPasswordField";
import { Notice } from "../../components/Notice";
import { PasswordInput } from "../../components/PasswordInput";
import { ApiError, errorMessage } from "../../lib/api";
import { changePassword } from "../../lib/api-routes";
import { fieldError } from "../../lib/field-error";
import { t } from "../../lib/i18n";
import { useSession } from "../../lib/use-session";

function changeError(error: unknown): string {
  if (!(error instanceof ApiError)) return errorMessage(error);
  if (error.status === 403 && error.code === "invalid_credentials") return t("settings.account.wrongCurrentPassword");
  return error.message;
}

export function ChangePasswordForm({ email }: { email: string }) {
  const { setUser } = useSession();
  const [currentPassword, setCurrentPassword] = useState("");
  const [newPassword, setNewPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [newPasswordError, setNewPasswordError] = useState<string | null>(null);
  const [changed, setChanged] = useState(false);
  const currentInput = useRef<HTMLInputElement>(null);
  const newInput = useRef<HTMLInputElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNewPasswordError(null);
    setChanged(false);
    try {
      // 204 with a fresh session cookie for this browser; every other session of the account has ended.
      await changePassword({ currentPassword, newPassword });
      setCurrentPassword("");
      setNewPassword("");
      setChanged(true);
    } catch (caught) {
      // This session itself ended meanwhile (the password was changed elsewhere): SignedInOnly goes to sign-in.
      if (caught instanceof ApiError && caught.status === 401) {
        setUser(null);
        return;
      }
      const atField = fieldError(caught, "newPassword");
      if (atField) setNewPasswordError(atField);
      else setError(changeError(caught));
      // Back to the field that needs retyping.
      const wrongCurrent = caught instanceof ApiError && caught.code === "invalid_credentials";
      (wrongCurrent ? currentInput : newInput).current?.select();
    } finally {
      setBusy(false);
    }
  }

  return (
    <form class="card account-password" onSubmit={submit}>
      <h2>{t("settings.account.changePassword")}</h2>
      {error && <Notice tone="error">{error}</Notice>}
      {changed && <Notice tone="success">{t("settings.account.passwordChanged")}</Notice>}
      {/* Lets a password manager file the new password under the right account. */}
      <input type="email" autocomplete="username" value={email} readOnly hidden />
      <Field id="current-password" label={t("settings.account.currentPassword")}>
        <PasswordInput
          id="current-password"
          inputRef={currentInput}
          autocomplete="current-password"
          required
          maxLength={MAX_PASSWORD_LENGTH}
          value={currentPassword}
          onInput={setCurrentPassword}
        />
      </Field>
      <NewPasswordField
        value={newPassword}
        onInput={setNewPassword}
        inputRef={newInput}
        error={newPasswordError}
        email={email}
      />
      <button type="submit" disabled={busy}>
        {busy ? t("settings.account.changing") : t("settings.account.changePassword")}
      </button>
    </form>
  );
}
