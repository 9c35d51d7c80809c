import { useEffect, useState } from "preact/hooks";
import { Notice } from "../../components/Notice";
import { ResendVerification } from "../../components/ResendVerification";
import { ApiError, errorMessage } from "../../lib/api";
import { verifyEmail } from "../../lib/api-routes";
import { t } from "../../lib/i18n";
import { tRich } from "../../lib/i18n-rich";
import { useSession } from "../../lib/use-session";

type Outcome =
  | { kind: "ready"; error?: string }
  | { kind: "checking" }
  | { kind: "verified"; email: string }
  | { kind: "invalid" };

/**
 * The mailed link's page: the token arrives in the fragment, which the server never sees. Like "View
 * Secret", verifying waits for a click: a mail scanner that only loads the page verifies nothing.
 */
export default function VerifyPage() {
  // A one-time credential: off the address bar and out of the history at once, in the first render (not an
  // effect, which waits for the page to paint); memory keeps it.
  const [token] = useState(() => {
    const fragment = location.hash.slice(1);
    history.replaceState(history.state, "", location.pathname + location.search);
    return fragment;
  });
  const [outcome, setOutcome] = useState<Outcome>(token ? { kind: "ready" } : { kind: "invalid" });
  const { user, setUser } = useSession();

  // The session of this browser, when it is the account just verified, drops its banner at once.
  useEffect(() => {
    if (outcome.kind === "verified" && user && user.email === outcome.email && !user.emailVerified) {
      setUser({ ...user, emailVerified: true });
    }
  }, [outcome, user]);

  async function confirm() {
    setOutcome({ kind: "checking" });
    try {
      const { email } = await verifyEmail(token);
      setOutcome({ kind: "verified", email });
    } catch (error) {
      const invalid = error instanceof ApiError && error.status === 404;
      setOutcome(invalid ? { kind: "invalid" } : { kind: "ready", error: errorMessage(error) });
    }
  }

  return (
    <main class="page">
      <div class="card">
        <h1>{t("common.verify.heading")}</h1>
        {(outcome.kind === "ready" || outcome.kind === "checking") && (
          <>
            {outcome.kind === "ready" && outcome.error && <Notice tone="error">{outcome.error}</Notice>}
            <p class="lead">{t("common.verify.lead")}</p>
            <button type="button" onClick={confirm} disabled={outcome.kind === "checking"}>
              {outcome.kind === "checking" ? t("common.verify.confirming") : t("common.verify.confirm")}
            </button>
          </>
        )}
        {outcome.kind === "verified" && (
          <>
            <Notice tone="success">
              <p>
                {tRich(
                  "common.verify.done",
                  { strong: (text) => <strong dir="ltr">{text}</strong> },
                  { email: outcome.email },
                )}
              </p>
            </Notice>
            <p>
              <a href={user ? "/" : "/signin"}>{user ? t("common.verify.toSecrets") : t("common.signIn")}</a>
            </p>
          </>
        )}
        {outcome.kind === "invalid" && <InvalidLink />}
      </div>
    </main>
  );
}

/** An address inside a sentence, isolated (U+2068…U+2069) so a right-to-left sentence keeps it whole. */
function isolated(text: string): string {
  return `\u2068${text}\u2069`;
}

function InvalidLink() {
  const { user } = useSession();
  return (
    <>
      <Notice tone="error">
        <p>{t("common.verify.invalid")}</p>
        {user?.emailVerified && <p>{t("common.verify.already", { email: isolated(user.email) })}</p>}
      </Notice>
      {user && !user.emailVerified && (
        <>
          <p>{t("common.verify.newestOnly")}</p>
          <ResendVerification />
        </>
      )}
      {user === null && <p>{tRich("common.verify.signInForNew", { link: (text) => <a href="/signin">{text}</a> })}</p>}
    </>
  );
}
