// The "View Secret" form: the passphrase if there is one, the human check if the deployment asks for it,
// and the errors a recipient can retry from here. The click's code (crypto, the revealed view) loads once the
// form has shown and the browser is idle; the click awaits it (click-module.ts).
import type { SecretPeek } from "../../../protocol/api";
import { ApiError, errorMessage } from "../lib/api";
import { loadClickModule } from "./click-module";
import { h, notice, placeholder, strongLine } from "./dom";
import { sentence, t } from "./i18n";
import { type Problem, problemFrom } from "./problems";
import type { Revealed } from "./revealed";
import type { HumanCheckWidget } from "./turnstile";

interface RevealFormOptions {
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

export function revealForm(options: RevealFormOptions) {
  const { id, linkKey, peek, turnstileSiteKey, onProblem } = options;
  let token: string | null = null;
  let widget: HumanCheckWidget | null = null;
  let current = true;
  let busy = false;
  const errorSlot = placeholder();
  const stretchSlot = placeholder();
  const button = h("button", { type: "submit" }, t("recipient.view"));
  const input = peek.passphrase
    ? h("input", {
        id: "passphrase",
        type: "password",
        autocomplete: "off",
        "aria-describedby": "passphrase-hint",
        required: true,
      })
    : null;
  const slot = turnstileSiteKey ? h("div", { class: "human-check" }) : null;
  const element = h(
    "form",
    { autocomplete: "off", onsubmit: reveal },
    errorSlot.anchor,
    input &&
      h(
        "div",
        { class: "field" },
        h("label", { for: "passphrase" }, t("recipient.passphrase")),
        input,
        h("p", { class: "hint", id: "passphrase-hint" }, t("recipient.passphrase.hint")),
      ),
    stretchSlot.anchor,
    slot,
    button,
  );

  const update = () => {
    button.disabled = busy || (turnstileSiteKey !== null && token === null);
    button.textContent = busy ? t("recipient.opening") : t("recipient.view");
  };
  update();

  function showError(error: InlineError | null) {
    errorSlot.set(error && notice("error", strongLine(error.message, error.detail && ` ${error.detail}`)));
    // After a wrong passphrase, put the cursor back in the field so retyping is one step.
    if (error) input?.select();
  }

  async function reveal(event: Event) {
    event.preventDefault();
    busy = true;
    update();
    showError(null);
    let click: Awaited<ReturnType<typeof loadClickModule>>;
    try {
      click = await loadClickModule();
    } catch {
      // Nothing was sent: the secret is untouched, and the next click tries the download again.
      busy = false;
      update();
      showError({ message: t("recipient.api.offline") });
      return;
    }
    try {
      const turnstileToken = token;
      const showStretching = (bar: Node | null) => stretchSlot.set(bar);
      const request = { id, linkKey, peek, passphrase: input?.value ?? "", turnstileToken, showStretching };
      options.onRevealed(await click.openSharedSecret(request));
      return;
    } catch (caught) {
      // A token is good for one reveal, whatever its outcome: after each attempt, the widget fetches another.
      widget?.reset();
      const invalidKey = caught instanceof click.EnvelopeError;
      const inline = invalidKey ? null : inlineError(caught);
      busy = false;
      update();
      if (inline) showError(inline);
      else onProblem(invalidKey ? { message: t("recipient.end.incomplete") } : problemFrom(caught));
    }
  }

  return {
    element,
    /** Once in the page: the cursor goes to the passphrase, the click's code and the human check load. */
    shown() {
      input?.focus();
      const load = () => void loadClickModule().catch(() => {});
      if ("requestIdleCallback" in window) requestIdleCallback(load, { timeout: 1000 });
      else setTimeout(load, 100);
      if (!slot || !turnstileSiteKey) return;
      // Only the type above: Turnstile's code is a chunk of its own, imported when there is a site key.
      import("./turnstile")
        .then(({ mountHumanCheck }) =>
          mountHumanCheck(slot, turnstileSiteKey, (next) => {
            if (!current) return;
            token = next;
            update();
          }),
        )
        .then(
          (mounted) => {
            if (current) widget = mounted;
            else mounted.remove();
          },
          () => current && onProblem({ message: t("recipient.checkNotLoaded"), retry: true }),
        );
    },
    /** The page moved on: the human check goes. */
    remove() {
      current = false;
      widget?.remove();
      widget = null;
    },
  };
}

/** Failures the user can retry from this form (the link's key is fine); anything else ends the page in a Problem. */
function inlineError(error: unknown): InlineError | null {
  if (!(error instanceof ApiError)) return { message: errorMessage(error) };
  if (error.code === "incorrect_passphrase") {
    // The fifth wrong proof burns the secret, so with none left there is nothing to retry.
    if (error.attemptsRemaining === 0) return null;
    const left = error.attemptsRemaining;
    const detail = left === undefined ? undefined : t("recipient.attemptsLeft", { n: left });
    return { message: sentence(t("recipient.incorrect")), detail };
  }
  if (error.status === 429) return { message: t("recipient.end.tooMany") };
  // The widget has been reset: a new token, then another try.
  if (error.code === "human_check_failed") return { message: error.message };
  if (error.status === 0 || error.status >= 500) return { message: error.message };
  return null;
}
