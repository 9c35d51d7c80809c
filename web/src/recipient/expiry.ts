// When the link stops working: the one-time warning with a countdown, and the server's word once it runs out.
import type { SecretPeek } from "../../../protocol/api";
import { getSecretPeek } from "../lib/api-routes";
import { formatLocalTime, formatRemaining } from "../lib/local-time";
import { h, notice, strongLine } from "./dom";
import { t, tNodes } from "./i18n";
import { problemFrom } from "./problems";
import "../components/Countdown/style.css";

const SECOND = 1000;
/** How often to ask again when this device's clock says "expired" but the server still serves it. */
const RECHECK_MS = 15_000;

/** The warning, its countdown ticking every second (not a live region: a per-second announcement is noise). */
export function expiryNotice(peek: SecretPeek): { element: HTMLDivElement; stop: () => void } {
  const countdown = h("time", { class: "countdown", datetime: peek.expiresAt });
  const tick = () => {
    const left = Date.parse(peek.expiresAt) - Date.now();
    countdown.textContent =
      left > 0 ? t("recipient.countdown.in", { time: formatRemaining(left) }) : t("recipient.countdown.now");
  };
  tick();
  const timer = setInterval(tick, SECOND);
  const element = notice(
    "warning",
    strongLine(t("recipient.oneTime"), t("recipient.oneTime.views", { n: peek.remainingViews })),
    h("p", null, ...tNodes("recipient.expires", { countdown, time: formatLocalTime(peek.expiresAt) })),
  );
  return { element, stop: () => clearInterval(timer) };
}

/**
 * When the countdown runs out, asks the server, which decides: a device whose clock runs fast must not
 * declare a secret expired that can still be opened. Only the server's "gone" ends the page; a network
 * error changes nothing (the View button then reports it, if it is pressed). Answers how to stop.
 */
export function watchExpiry(id: string, expiresAt: string, onEnded: (error: unknown) => void): () => void {
  let current = true;
  let timer: ReturnType<typeof setTimeout>;
  const check = () => {
    getSecretPeek(id).then(
      () => {
        if (current) timer = setTimeout(check, RECHECK_MS);
      },
      (error: unknown) => {
        if (!current) return;
        if (problemFrom(error).retry) timer = setTimeout(check, RECHECK_MS);
        else onEnded(error);
      },
    );
  };
  timer = setTimeout(check, Math.max(0, Date.parse(expiresAt) - Date.now()));
  return () => {
    current = false;
    clearTimeout(timer);
  };
}
