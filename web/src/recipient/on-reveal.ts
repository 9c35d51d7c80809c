// What only "View Secret" and its outcome need: the crypto, the revealed secret's view, the verify-email
// prompt and the stretching bar. A chunk of its own, so the first load (HTML, then one module) stays small;
// the form starts loading it as soon as it shows, long before a person can click (click-module.ts).
import type { SecretPeek, User } from "../../../protocol/api";
import { openSecret, revealProofs, stretchPassphrase } from "../../../protocol/envelope";
import { ApiError, errorMessage } from "../lib/api";
import { resendVerification, revealSecret } from "../lib/api-routes";
import { trackStretch } from "../lib/stretch-estimate";
import { fill, h, notice } from "./dom";
import { t, tNodes } from "./i18n";
import type { Revealed } from "./revealed";
import "../components/StretchProgress/style.css";

export { EnvelopeError } from "../../../protocol/envelope";

interface OpenRequest {
  id: string;
  linkKey: string;
  peek: SecretPeek;
  passphrase: string;
  turnstileToken: string | null;
  /** Where the form shows the stretching bar (null when done). */
  showStretching: (bar: Node | null) => void;
}

/** Never claims to be done before the work is: the bar waits near the end if the estimate was short. */
const MAX_ESTIMATED_PROGRESS = 0.95;

/** "Strengthening passphrase…": indeterminate while the speed is measured, then an estimate. */
function stretchBar(estimateMs: number | undefined): { element: HTMLElement; stop: () => void } {
  const bar = h("progress", { id: "stretch-progress" });
  let frame = 0;
  if (estimateMs !== undefined) {
    bar.max = 1;
    bar.value = 0;
    const started = performance.now();
    frame = requestAnimationFrame(function advance(now) {
      bar.value = Math.min(MAX_ESTIMATED_PROGRESS, (now - started) / estimateMs);
      frame = requestAnimationFrame(advance);
    });
  }
  const element = h(
    "div",
    { class: "stretch-progress" },
    h("label", { for: "stretch-progress" }, t("recipient.open.stretching")),
    bar,
  );
  return { element, stop: () => cancelAnimationFrame(frame) };
}

/** Proves the key (and passphrase) to the server, which hands over the ciphertext once; opens it here. */
export async function openSharedSecret(request: OpenRequest): Promise<Revealed> {
  const { peek, passphrase } = request;
  const kdf = peek.passphrase ? peek.kdf : undefined;
  let shown: ReturnType<typeof stretchBar> | null = null;
  const show = (stretching: { estimateMs: number | undefined } | null) => {
    shown?.stop();
    shown = stretching && stretchBar(stretching.estimateMs);
    request.showStretching(shown?.element ?? null);
  };
  const stretched = kdf
    ? await trackStretch(kdf.iterations, () => stretchPassphrase(passphrase, kdf), show)
    : undefined;
  const { encKey, proof, keyProof } = await revealProofs(request.linkKey, stretched);
  // Without the human check there is no token, and JSON leaves the undefined fields out.
  const body = { proof, keyProof, turnstileToken: request.turnstileToken ?? undefined };
  const result = await revealSecret(request.id, body);
  const { text, files } = await openSecret(result.ciphertext, encKey);
  const revealed = { text, viewedAt: result.viewedAt, remainingViews: result.remainingViews };
  // PROTOCOL 2.2: the manifest came sealed with the text; the grant lets this page fetch the chunks.
  if (!files?.length || !result.files) return revealed;
  return {
    ...revealed,
    files: { id: request.id, entries: files, grant: result.files, linkKey: request.linkKey, stretched },
  };
}

export { showRevealed } from "./revealed";

/** For an account that claims the recipient's address but has not proved it: nothing was used up. */
export function verifyEmailPrompt(message: string, user: User | null | undefined): HTMLElement[] {
  const button = h(
    "button",
    { type: "button", class: "button-secondary", onclick: resend },
    t("recipient.open.resend"),
  );
  const status = h("span", { role: "status" });
  const error = h("span", { role: "alert" });
  async function resend() {
    button.disabled = true;
    button.textContent = t("recipient.open.sending");
    fill(error);
    try {
      await resendVerification();
      fill(status, t("recipient.open.sent"));
    } catch (caught) {
      // Verified meanwhile (the link opened in another tab): the secret's link opens it now.
      if (caught instanceof ApiError && caught.code === "already_verified") {
        location.reload();
        return;
      }
      fill(error, errorMessage(caught));
    }
    button.disabled = false;
    button.textContent = t("recipient.open.resend");
  }
  return [
    notice(
      "error",
      h("p", null, message),
      // The address in its own direction: an email inside an Arabic sentence keeps its order.
      h(
        "p",
        null,
        ...(user?.email
          ? tNodes("recipient.open.mailedTo", { email: h("bdi", null, user.email) })
          : [t("recipient.open.mailed")]),
      ),
    ),
    h("span", { class: "actions" }, button, status, error),
  ];
}
