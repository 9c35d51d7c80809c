import { useEffect, useRef, useState } from "preact/hooks";
import type { SecretPeek } from "../../../../protocol/api";
import { MESSAGES } from "../../../../protocol/api";
import { Field, hintId } from "../../components/Field";
import { Notice } from "../../components/Notice";
import { ApiError, errorMessage, OFFLINE_MESSAGE } from "../../lib/api";
import type { Stretching } from "../../lib/use-stretch-progress";
import { loadClickModule, loadedClickModule } from "./click-module";
import { type Problem, problemFrom, TOO_MANY_ATTEMPTS } from "./problems";
import type { Revealed } from "./RevealedSecret";
import { useHumanCheck } from "./use-human-check";

interface RevealFormProps {
  id: string;
  linkKey: string;
  peek: SecretPeek;
  /** Set when this deployment asks for a Turnstile token with each reveal. */
  turnstileSiteKey: string | null;
  onRevealed: (revealed: Revealed) => void;
  onProblem: (problem: Problem) => void;
}

interface InlineError {
  message: string;
  detail?: string;
}

function attemptsLeft(n: number): string {
  return n === 1 ? "1 attempt left" : `${n} attempts left`;
}

export function RevealForm({ id, linkKey, peek, turnstileSiteKey, onRevealed, onProblem }: RevealFormProps) {
  const [passphrase, setPassphrase] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<InlineError | null>(null);
  const [stretching, setStretching] = useState<Stretching | null>(null);
  const passphraseInput = useRef<HTMLInputElement>(null);
  const humanCheck = useHumanCheck(turnstileSiteKey, () =>
    onProblem({ message: "The human check didn't load. Check your connection, then try again.", retry: true }),
  );
  const waitingForCheck = turnstileSiteKey !== null && humanCheck.token === null;

  // The passphrase is the one thing to type: the cursor starts there. The click's code downloads once the
  // page has drawn and the browser is idle, while the recipient reads (a failure is retried by the click).
  useEffect(() => {
    passphraseInput.current?.focus();
    const load = () => void loadClickModule().catch(() => {});
    if ("requestIdleCallback" in window) requestIdleCallback(load, { timeout: 1000 });
    else setTimeout(load, 100);
  }, []);

  // After a wrong passphrase, put the cursor back in the field so retyping is one step.
  useEffect(() => {
    if (error) passphraseInput.current?.select();
  }, [error]);

  async function reveal(event: Event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    let click: Awaited<ReturnType<typeof loadClickModule>>;
    try {
      click = await loadClickModule();
    } catch {
      // Nothing was sent: the secret is untouched, and the next click tries the download again.
      setError({ message: OFFLINE_MESSAGE });
      setBusy(false);
      return;
    }
    try {
      const turnstileToken = humanCheck.token;
      onRevealed(
        await click.openSharedSecret({ id, linkKey, peek, passphrase, turnstileToken, showStretching: setStretching }),
      );
      return;
    } catch (caught) {
      humanCheck.reset();
      const invalidKey = caught instanceof click.EnvelopeError;
      const inline = invalidKey ? null : inlineError(caught);
      if (inline) setError(inline);
      else onProblem(invalidKey ? { message: MESSAGES.invalidLink } : problemFrom(caught));
    }
    setBusy(false);
  }

  return (
    <form autocomplete="off" onSubmit={reveal}>
      {error && (
        <Notice tone="error">
          <p>
            <strong>{error.message}</strong>
            {error.detail && ` ${error.detail}`}
          </p>
        </Notice>
      )}
      {peek.passphrase && (
        <Field
          id="passphrase"
          label="Passphrase"
          hint="The sender chose it and should tell you separately, for instance by phone or in another chat."
        >
          <input
            id="passphrase"
            ref={passphraseInput}
            type="password"
            autocomplete="off"
            aria-describedby={hintId("passphrase")}
            required
            value={passphrase}
            onInput={(event) => setPassphrase(event.currentTarget.value)}
          />
        </Field>
      )}
      {stretching && <StretchProgressView {...stretching} />}
      {/* Filled by Turnstile's own chunk; Preact leaves what is inside alone. */}
      {turnstileSiteKey && <div class="human-check" ref={humanCheck.slot} />}
      <button type="submit" disabled={busy || waitingForCheck}>
        {busy ? "Opening…" : "View Secret"}
      </button>
    </form>
  );
}

/** The bar from the click's chunk, shown only while a click stretches the passphrase (so it has loaded). */
function StretchProgressView(stretching: Stretching) {
  const Bar = loadedClickModule()?.StretchProgress;
  return Bar ? <Bar {...stretching} /> : null;
}

/** Failures the user can retry from this form (the link's key is fine); anything else ends the page in a Problem. */
function inlineError(error: unknown): InlineError | null {
  if (!(error instanceof ApiError)) return { message: errorMessage(error) };
  if (error.code === "incorrect_passphrase") {
    // The fifth wrong proof burns the secret, so with none left there is nothing to retry.
    if (error.attemptsRemaining === 0) return null;
    const detail = error.attemptsRemaining === undefined ? undefined : `${attemptsLeft(error.attemptsRemaining)}.`;
    return { message: `${MESSAGES.incorrectPassphrase}.`, detail };
  }
  if (error.status === 429) return { message: TOO_MANY_ATTEMPTS };
  // The widget has been reset: a new token, then another try.
  if (error.code === "human_check_failed") return { message: error.message };
  if (error.status === 0 || error.status >= 500) return { message: error.message };
  return null;
}
