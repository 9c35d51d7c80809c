import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import type { AppConfig, LoginResult, UserResult } from "../../../../protocol/api";
import type { PendingStep } from "../../../../protocol/enums";
import { MAX_PASSWORD_LENGTH } from "../../../../protocol/limits";
import type { Credentials } from "../../../../protocol/schemas";
import { errorMessage } from "../../lib/api";
import { getAppConfig } from "../../lib/api-routes";
import { fieldError } from "../../lib/field-error";
import { t } from "../../lib/i18n";
import { tRich } from "../../lib/i18n-rich";
import { passkeyErrorMessage, signInWithPasskey } from "../../lib/passkeys";
import { takeReturnPath } from "../../lib/return-path";
import { useSession } from "../../lib/use-session";
import { Field } from "../Field";
import { NewPasswordField } from "../NewPasswordField";
import { Notice } from "../Notice";
import { PasswordInput } from "../PasswordInput";
import { SecondFactor } from "../SecondFactor";
import { SsoButton, SsoOnly } from "../SsoButton";
import "./style.css";

interface AuthFormProps {
  title: string;
  /** signIn or signUp from lib/api-routes. */
  send: (credentials: Credentials) => Promise<UserResult | LoginResult>;
  submitLabel: string;
  /** Sign-up asks for a new password (and says how long); sign-in for the current one. */
  newPassword: boolean;
  /** The other auth page, offered under the form; it keeps `?next=` so the detour still ends there. */
  switchTo: { path: "/signin" | "/signup"; prompt: string; label: string };
}

export function AuthForm({ title, send, submitLabel, newPassword, switchTo }: AuthFormProps) {
  const { user, setUser, firstAccount } = useSession();
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const { query, route } = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<PendingStep | null>(null);
  const keepNext = query.next ? `?next=${encodeURIComponent(query.next)}` : "";
  // Unknown until GET /api/config answers: the password form shows meanwhile, as it did before SSO.
  const [config, setConfig] = useState<AppConfig | null>(null);
  useEffect(() => {
    getAppConfig().then(setConfig, () => setConfig(null));
  }, []);
  const passwordLogin = config?.passwordLogin !== false;

  // Also covers opening /signin while already signed in; replace keeps the form out of the history.
  useEffect(() => {
    if (user) route(takeReturnPath(query.next), true);
  }, [user]);

  async function submit(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setPasswordError(null);
    try {
      const answer = await send({ email, password });
      // A second step owed (a passkey, or under REQUIRE_MFA a first passkey to add): the session opens nothing yet.
      if ("pending" in answer && answer.pending) {
        setPending(answer.pending);
        setBusy(false);
      } else setUser(answer.user);
    } catch (caught) {
      const atField = fieldError(caught, "password");
      if (atField) setPasswordError(atField);
      else setError(errorMessage(caught));
      setBusy(false);
    }
  }

  async function passkeySignIn() {
    setBusy(true);
    setError(null);
    try {
      setUser((await signInWithPasskey()).user);
    } catch (caught) {
      setError(passkeyErrorMessage(caught, errorMessage));
      setBusy(false);
    }
  }

  if (pending) {
    return (
      <main class="page auth-page">
        <SecondFactor step={pending} onDone={setUser} />
      </main>
    );
  }

  return (
    <main class="page auth-page">
      <section class="auth-intro" aria-label={t("common.auth.about")}>
        <p class="auth-intro-lead">{t("common.auth.lead")}</p>
        <p>{t("common.auth.how")}</p>
        {firstAccount && (
          <p class="auth-first-account">
            {tRich("common.auth.firstAccount", { strong: (text) => <strong>{text}</strong> })}
          </p>
        )}
      </section>
      {!passwordLogin && config && <SsoOnly title={title} config={config} next={query.next} />}
      {passwordLogin && (
        <form class="card" onSubmit={submit}>
          <h1>{title}</h1>
          {error && <Notice tone="error">{error}</Notice>}
          {config?.oidcProvider && <SsoButton provider={config.oidcProvider} next={query.next} />}
          {!newPassword && (
            <button type="button" class="button-secondary" disabled={busy} onClick={passkeySignIn}>
              {t("common.auth.passkey")}
            </button>
          )}
          <Field id="email" label={t("common.auth.email")}>
            <input
              id="email"
              type="email"
              autocomplete="username"
              required
              value={email}
              onInput={(event) => setEmail(event.currentTarget.value)}
            />
          </Field>
          {newPassword ? (
            <NewPasswordField
              id="password"
              label={t("common.auth.password")}
              value={password}
              onInput={setPassword}
              error={passwordError}
              email={email}
            />
          ) : (
            <Field id="password" label={t("common.auth.password")}>
              <PasswordInput
                id="password"
                autocomplete="current-password"
                required
                maxLength={MAX_PASSWORD_LENGTH}
                value={password}
                onInput={setPassword}
              />
            </Field>
          )}
          <button type="submit" disabled={busy}>
            {busy ? t("common.pleaseWait") : submitLabel}
          </button>
          <p class="form-footer">
            {switchTo.prompt} <a href={switchTo.path + keepNext}>{switchTo.label}</a>
          </p>
        </form>
      )}
    </main>
  );
}
