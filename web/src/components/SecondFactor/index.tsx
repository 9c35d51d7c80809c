import { useState } from "preact/hooks";
import type { LoginResult, User } from "../../../../protocol/api";
import type { PendingStep } from "../../../../protocol/enums";
import { errorMessage } from "../../lib/api";
import { getMe, passSecondFactor } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { confirmWithPasskey, passkeyErrorMessage, registerPasskey } from "../../lib/passkeys";
import { Field } from "../Field";
import { Notice } from "../Notice";
import { RecoveryCodes } from "../RecoveryCodes";

interface SecondFactorProps {
  step: PendingStep;
  /** Called with the account once the step is passed and the full session has begun. */
  onDone: (user: User) => void;
}

/** After a correct password: confirm with a passkey or a recovery code, or (REQUIRE_MFA) add a first passkey. */
export function SecondFactor({ step, onDone }: SecondFactorProps) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [code, setCode] = useState("");
  const [codes, setCodes] = useState<{ codes: string[]; user: User } | null>(null);

  async function run(action: () => Promise<LoginResult>) {
    setBusy(true);
    setError(null);
    try {
      onDone((await action()).user);
    } catch (caught) {
      setError(passkeyErrorMessage(caught, errorMessage));
      setBusy(false);
    }
  }

  async function enroll() {
    setBusy(true);
    setError(null);
    try {
      const added = await registerPasskey(t("common.passkey.defaultName"));
      const { user } = await getMe();
      if (added.recoveryCodes) setCodes({ codes: added.recoveryCodes, user });
      else onDone(user);
    } catch (caught) {
      setError(passkeyErrorMessage(caught, errorMessage));
      setBusy(false);
    }
  }

  if (codes) {
    return (
      <div class="card">
        <h1>{t("common.secondFactor.added")}</h1>
        <RecoveryCodes codes={codes.codes} />
        <button type="button" onClick={() => onDone(codes.user)}>
          {t("common.secondFactor.savedContinue")}
        </button>
      </div>
    );
  }

  if (step === "enroll") {
    return (
      <div class="card">
        <h1>{t("common.secondFactor.add")}</h1>
        {error && <Notice tone="error">{error}</Notice>}
        <p>{t("common.secondFactor.required")}</p>
        <button type="button" disabled={busy} onClick={enroll}>
          {t("common.secondFactor.add")}
        </button>
      </div>
    );
  }

  return (
    <form
      class="card"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => passSecondFactor({ recoveryCode: code }));
      }}
    >
      <h1>{t("common.secondFactor.confirm")}</h1>
      {error && <Notice tone="error">{error}</Notice>}
      <button type="button" disabled={busy} onClick={() => run(confirmWithPasskey)}>
        {t("common.secondFactor.usePasskey")}
      </button>
      <Field id="recovery-code" label={t("common.secondFactor.orCode")}>
        <input
          id="recovery-code"
          autocomplete="one-time-code"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
      </Field>
      <button type="submit" class="button-secondary" disabled={busy || code.trim() === ""}>
        {t("common.secondFactor.useCode")}
      </button>
    </form>
  );
}
