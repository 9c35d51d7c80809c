import { useCallback, useEffect, useState } from "preact/hooks";
import { MESSAGES, type SecretPeek } from "../../../../protocol/api";
import { LINK_KEY_PATTERN, SECRET_ID_PATTERN } from "../../../../protocol/limits";
import { ApiError } from "../../lib/api";
import { getAppConfig, getSecretPeek } from "../../lib/api-routes";
import { useSession } from "../../lib/use-session";
import { loadedClickModule } from "./click-module";
import { ExpiryNotice } from "./ExpiryNotice";
import { ProblemNotice } from "./ProblemNotice";
import { keyStillUseful, MISTYPED_LINK, type Problem, problemFrom } from "./problems";
import type { Revealed } from "./RevealedSecret";
import { RevealForm } from "./RevealForm";
import { SignInPrompt } from "./SignInPrompt";
import { useExpiryCheck } from "./use-expiry-check";
import "./style.css";

type Stage =
  | { kind: "loading" }
  | { kind: "problem"; problem: Problem }
  | { kind: "ready"; peek: SecretPeek; turnstileSiteKey: string | null }
  | { kind: "revealed"; revealed: Revealed };

/** The secret's id from the address: the page is served for /s/* on its own (web/s/index.html) and in the app. */
function idFromPath(): string {
  const match = /^\/s\/([^/]+)$/.exec(location.pathname);
  return match?.[1] ? decodeURIComponent(match[1]) : "";
}

export default function RevealPage() {
  const id = idFromPath();
  // Read once: the key only ever arrives in the fragment, which the server never sees.
  const [linkKey] = useState(() => location.hash.slice(1));
  const [stage, setStage] = useState<Stage>({ kind: "loading" });
  // Bumped by "Try again" after a network error, to ask the server once more.
  const [attempt, setAttempt] = useState(0);
  const { user } = useSession();
  const showProblem = (problem: Problem) => setStage({ kind: "problem", problem });
  const clearSecret = useCallback(
    () =>
      setStage((current) =>
        current.kind === "revealed" ? { kind: "revealed", revealed: { ...current.revealed, text: null } } : current,
      ),
    [],
  );

  useEffect(() => {
    if (!SECRET_ID_PATTERN.test(id)) return showProblem(problemFrom(new ApiError(404, "not_found", MESSAGES.notFound)));
    let current = true;
    if (!LINK_KEY_PATTERN.test(linkKey)) {
      // No usable key (cut off, or removed from the address bar after a view): the peek tells a spent
      // secret ("already viewed") from a live one whose link is incomplete. It consumes nothing.
      getSecretPeek(id).then(
        () => current && showProblem(MISTYPED_LINK),
        (error: unknown) => current && showProblem(problemFrom(error)),
      );
      return () => {
        current = false;
      };
    }
    setStage({ kind: "loading" });
    // The peek never consumes a view; nothing is spent until the user asks to see the secret. The config is
    // asked for at the same time, so a deployment without the human check waits no longer than for the peek.
    Promise.all([getSecretPeek(id), getAppConfig()]).then(
      ([peek, config]) => current && setStage({ kind: "ready", peek, turnstileSiteKey: config.turnstileSiteKey }),
      (error: unknown) => current && showProblem(problemFrom(error)),
    );
    return () => {
      current = false;
    };
  }, [id, linkKey, attempt]);

  // The key has done its work (or cannot work): take it out of the address bar and this history entry, so
  // neither a shoulder-surfer, a screen share nor the browser's history keeps a way back to the secret.
  const keyDone = stage.kind === "revealed" || (stage.kind === "problem" && !keyStillUseful(stage.problem));
  useEffect(() => {
    if (keyDone && location.hash) history.replaceState(history.state, "", location.pathname + location.search);
  }, [keyDone]);

  useExpiryCheck(id, stage.kind === "ready" ? stage.peek.expiresAt : null, showProblem);

  return (
    <main class="page">
      <div class="card reveal-card">
        {stage.kind === "loading" && (
          <p class="lead" role="status">
            Checking the link…
          </p>
        )}
        {stage.kind === "problem" && (
          <>
            <h1>One-time secret</h1>
            {stage.problem.signIn ? (
              <SignInPrompt />
            ) : stage.problem.verifyEmail ? (
              <VerifyEmailView message={stage.problem.message} email={user?.email} />
            ) : (
              <ProblemNotice problem={stage.problem} />
            )}
            {stage.problem.retry && (
              <button type="button" onClick={() => setAttempt((n) => n + 1)}>
                Try again
              </button>
            )}
          </>
        )}
        {stage.kind === "ready" && (
          <>
            <h1>
              {stage.peek.from ? `${stage.peek.from} shared a secret with you` : "Someone shared a secret with you"}
            </h1>
            {stage.peek.from && (
              <p class="hint reveal-from">The sender's address is verified by this Oncelink server.</p>
            )}
            <ExpiryNotice peek={stage.peek} />
            {/* Asking before the click saves a round trip; the server checks again on reveal anyway. */}
            {stage.peek.requireLogin && user === null ? (
              <SignInPrompt />
            ) : (
              <RevealForm
                id={id}
                linkKey={linkKey}
                peek={stage.peek}
                turnstileSiteKey={stage.turnstileSiteKey}
                onRevealed={(revealed) => setStage({ kind: "revealed", revealed })}
                onProblem={showProblem}
              />
            )}
          </>
        )}
        {stage.kind === "revealed" && <RevealedView {...stage.revealed} onClear={clearSecret} />}
      </div>
    </main>
  );
}

// Both follow a click only (a reveal's answer), so the click's chunk has loaded by the time they show.
function RevealedView(props: Revealed & { onClear: () => void }) {
  const View = loadedClickModule()?.RevealedSecret;
  return View ? <View {...props} /> : null;
}

function VerifyEmailView(props: { message: string; email: string | undefined }) {
  const View = loadedClickModule()?.VerifyEmailPrompt;
  return View ? <View {...props} /> : null;
}
