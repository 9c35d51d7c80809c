import type { Ref } from "preact";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "../../../../protocol/limits";
import { containsServiceName } from "../../../../protocol/password-rules";
import { t } from "../../lib/i18n";
import { FieldError, hintId } from "../Field";
import { PasswordInput } from "../PasswordInput";

interface Props {
  id?: string;
  label?: string;
  value: string;
  onInput: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
  /** The server's refusal of this field, without its field name (lib/field-error.ts). */
  error?: string | null;
  /** The account's email: the meter counts it as guessable. */
  email?: string;
}

/** A new password, as sign-up, the invite setup and the password change ask for it: a meter, Show, the rules. */
export function NewPasswordField({ id = "new-password", label, value, onInput, inputRef, error, email }: Props) {
  // The rule the server applies too (protocol/password-rules.ts), refused here before anything is sent.
  const problem = containsServiceName(value) ? t("common.password.serviceName") : null;
  const shownError = problem ?? error ?? null;
  return (
    <div class="field">
      <label for={id}>{label ?? t("common.password.newLabel")}</label>
      <PasswordInput
        id={id}
        inputRef={inputRef}
        autocomplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={MAX_PASSWORD_LENGTH}
        describedBy={shownError ? `${id}-error ${hintId(id)}` : hintId(id)}
        invalid={Boolean(shownError)}
        problem={problem}
        meterWords={email ? [email, ...email.split("@")] : []}
        value={value}
        onInput={onInput}
      />
      {shownError && <FieldError id={`${id}-error`} message={shownError} />}
      <p class="hint" id={hintId(id)}>
        {t("common.password.hint", { min: MIN_PASSWORD_LENGTH })}
      </p>
    </div>
  );
}
