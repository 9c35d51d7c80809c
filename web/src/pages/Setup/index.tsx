import { useEffect, useState } from "preact/hooks";
import { useLocation } from "preact-iso";
import { NewPasswordField } from "../../components/NewPasswordField";
import { Notice } from "../../components/Notice";
import { ApiError, errorMessage } from "../../lib/api";
import { getSetupInvite, setUpAccount } from "../../lib/api-routes";
import { fieldError } from "../../lib/field-error";
import { t } from "../../lib/i18n";
import { tRich } from "../../lib/i18n-rich";
import { useSession } from "../../lib/use-session";

/** An invited member's first visit: the setup token arrives in the fragment, like a share link's key. */
export default function SetupPage() {
  const [token] = useState(() => location.hash.slice(1));
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [passwordError, setPasswordError] = useState<string | null>(null);
  const [deadEnd, setDeadEnd] = useState(token === "");
  const [email, setEmail] = useState<string | null>(null);
  const { setUser } = useSession();
  const { route } = useLocation();

  // Which account this link sets up, so nobody chooses a password for an address that is not theirs.
  useEffect(() => {
    if (token === "") return;
    getSetupInvite(token).then(
      (invite) => setEmail(invite.email),
      (caught: unknown) => {
        if (caught instanceof ApiError && caught.status === 404) setDeadEnd(true);
      },
    );
  }, [token]);

  async function setUp(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setPasswordError(null);
    try {
      const { user } = await setUpAccount({ token, password });
      setUser(user);
      route("/", true);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 404) setDeadEnd(true);
      else if (fieldError(caught, "password")) setPasswordError(fieldError(caught, "password"));
      else setError(errorMessage(caught));
      setBusy(false);
    }
  }

  return (
    <main class="page">
      <form class="card" onSubmit={setUp}>
        <h1>{t("common.page.setup")}</h1>
        {deadEnd ? (
          <Notice tone="error">
            <p>{t("common.setup.invalid")}</p>
            <p>{t("common.setup.askAgain")}</p>
          </Notice>
        ) : (
          <>
            <p class="lead">
              {email
                ? tRich(
                    "common.setup.welcomeFor",
                    {
                      strong: (text) => (
                        <strong class="setup-email" dir="ltr">
                          {text}
                        </strong>
                      ),
                    },
                    { email },
                  )
                : t("common.setup.welcome")}
            </p>
            {error && <Notice tone="error">{error}</Notice>}
            <NewPasswordField value={password} onInput={setPassword} error={passwordError} />
            <button type="submit" disabled={busy}>
              {busy ? t("common.pleaseWait") : t("common.setup.submit")}
            </button>
          </>
        )}
      </form>
    </main>
  );
}
