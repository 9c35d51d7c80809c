// Cloudflare Turnstile, the optional human check before a reveal. This module is a chunk of its own, imported
// only when GET /api/config names a site key: a deployment without the check downloads none of it, and
// never asks challenges.cloudflare.com for anything.
import { TURNSTILE_TRUSTED_TYPES_POLICY as POLICY_NAME, TURNSTILE_ORIGIN } from "../../../protocol/security-policy";
import { loadAllMessages, t } from "./i18n";

const SCRIPT_URL = `${TURNSTILE_ORIGIN}/turnstile/v0/api.js?render=explicit`;

interface ScriptUrlPolicy {
  createScriptURL(url: string): unknown;
}
interface TrustedTypes {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}
interface TurnstileApi {
  render(container: HTMLElement, options: RenderOptions): string | undefined;
  reset(widgetId: string): void;
  remove(widgetId: string): void;
}
interface RenderOptions {
  sitekey: string;
  callback(token: string): void;
  "error-callback"(code: string): boolean;
  "expired-callback"(): void;
}
type TurnstileWindow = Window & { trustedTypes?: TrustedTypes; turnstile?: TurnstileApi };

export interface HumanCheckWidget {
  /** A token is good for one reveal: after each attempt, the widget fetches another. */
  reset(): void;
  remove(): void;
}

let policy: ScriptUrlPolicy | undefined;
let loading: Promise<TurnstileApi> | undefined;

/**
 * The script's URL as the page's Trusted Types enforcement accepts it. The policy is created once (a second
 * createPolicy with the same name is refused) and vouches for this one URL, nothing else.
 */
function scriptUrl(): string {
  const { trustedTypes } = window as TurnstileWindow;
  if (!trustedTypes) return SCRIPT_URL;
  policy ??= trustedTypes.createPolicy(POLICY_NAME, {
    createScriptURL(url) {
      if (url !== SCRIPT_URL) throw new TypeError(`${POLICY_NAME} allows only ${SCRIPT_URL}`);
      return url;
    },
  });
  // A TrustedScriptURL, which script.src takes in place of a string.
  return policy.createScriptURL(SCRIPT_URL) as string;
}

function loadTurnstile(): Promise<TurnstileApi> {
  loading ??= new Promise<TurnstileApi>((resolve, reject) => {
    const script = document.createElement("script");
    script.src = scriptUrl();
    script.async = true;
    script.onload = () => {
      const { turnstile } = window as TurnstileWindow;
      if (turnstile) resolve(turnstile);
      else reject(new Error("Turnstile's script defined no turnstile"));
    };
    script.onerror = () => {
      script.remove();
      reject(new Error("Turnstile's script did not load"));
    };
    document.head.append(script);
  }).catch((error: unknown) => {
    // Offline, or blocked: the next attempt (after a Try again) may fare better.
    loading = undefined;
    throw error;
  });
  return loading;
}

/**
 * Draws the widget into `slot`, with a status line under it, and reports each token: null while there is
 * none to send (not yet passed, expired, failed, or spent). Everything inside `slot` belongs to this module.
 */
export async function mountHumanCheck(
  slot: HTMLElement,
  sitekey: string,
  onToken: (token: string | null) => void,
): Promise<HumanCheckWidget> {
  const [turnstile] = await Promise.all([loadTurnstile(), loadAllMessages()]);
  const box = document.createElement("div");
  box.className = "human-check-widget";
  const status = document.createElement("p");
  status.className = "hint";
  status.setAttribute("role", "status");
  slot.append(box, status);
  const report = (token: string | null, failed = false) => {
    status.textContent = t(
      failed ? "recipient.check.failed" : token ? "recipient.check.passed" : "recipient.check.waiting",
    );
    status.classList.toggle("human-check-failed", failed);
    onToken(token);
  };
  report(null);
  const widgetId = turnstile.render(box, {
    sitekey,
    callback: (token) => report(token),
    // Turnstile fetches a fresh token by itself when one expires, and retries after an error.
    "expired-callback": () => report(null),
    "error-callback": () => {
      report(null, true);
      return true;
    },
  });
  const remove = () => {
    if (widgetId !== undefined) turnstile.remove(widgetId);
    box.remove();
    status.remove();
  };
  if (widgetId === undefined) {
    remove();
    throw new Error("Turnstile did not render");
  }
  return {
    reset: () => {
      report(null);
      turnstile.reset(widgetId);
    },
    remove,
  };
}
