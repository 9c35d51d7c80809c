import { useState } from "preact/hooks";
import { MAX_PASSWORD_LENGTH } from "../../../../protocol/limits";
import { ApiError, errorMessage } from "../../lib/api";
import { t } from "../../lib/i18n";
import { Dialog } from "../Dialog";
import { Field, hintId } from "../Field";
import { Notice } from "../Notice";
import { PasswordInput } from "../PasswordInput";

interface DeleteAccountDialogProps {
  open: boolean;
  title: string;
  /** What goes, in the words of whoever is deleting: "your" or the member's. */
  message: string;
  confirmLabel: string;
  /** Sends the deletion; the caller's password, or undefined for an account without one (SSO). */
  onDelete: (password: string | undefined) => Promise<void>;
  onCancel: () => void;
}

function explain(error: unknown): string {
  if (error instanceof ApiError && error.code === "reauth_required") {
    return t("common.deleteAccount.sso");
  }
  if (error instanceof ApiError && error.code === "invalid_credentials") return t("common.deleteAccount.wrongPassword");
  return errorMessage(error);
}

/**
 * Deleting an account cannot be undone, so the person doing it types their own password (an SSO account
 * leaves it empty and needs a recent sign-in instead). The delete button is never the default focus.
 */
export function DeleteAccountDialog({
  open,
  title,
  message,
  confirmLabel,
  onDelete,
  onCancel,
}: DeleteAccountDialogProps) {
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function close() {
    setPassword("");
    setError(null);
    onCancel();
  }

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onDelete(password === "" ? undefined : password);
      setPassword("");
    } catch (caught) {
      setError(explain(caught));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog open={open} title={title} onClose={close} role="alertdialog">
      <form onSubmit={submit}>
        <p>{message}</p>
        {error && <Notice tone="error">{error}</Notice>}
        <Field
          id="delete-account-password"
          label={t("common.deleteAccount.password")}
          hint={t("common.deleteAccount.passwordHint")}
        >
          <PasswordInput
            id="delete-account-password"
            autocomplete="current-password"
            maxLength={MAX_PASSWORD_LENGTH}
            describedBy={hintId("delete-account-password")}
            value={password}
            onInput={setPassword}
          />
        </Field>
        <div class="actions">
          <button type="button" class="button-secondary" autofocus onClick={close}>
            {t("common.cancel")}
          </button>
          <button type="submit" class="button-danger" disabled={busy}>
            {busy ? t("common.deleteAccount.deleting") : confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
