// When the link stops working: the one-time warning with a countdown, and the server's word once it runs out.
import type { SecretPeek } from "../../../protocol/api";
import { getSecretPeek } from "../lib/api-routes";
import { formatLocalTime } from "../lib/local-time";
import { h, notice, strongLine } from "./dom";
import { type Problem, problemFrom } from "./problems";
import "../components/Countdown/style.css";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** How often to ask again when this device's clock says "expired" but the server still serves it. */
const RECHECK_MS = 15_000;

/** "6d 4h", "3h 05m", "4m 09s": two units, zero-padded so the text keeps its width as it ticks. */
function formatRemaining(ms: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (ms >= DAY) return `${Math.floor(ms / DAY)}d ${Math.floor((ms % DAY) / HOUR)}h`;
  if (ms >= HOUR) return `${Math.floor(ms / HOUR)}h ${pad(Math.floor((ms % HOUR) / MINUTE))}m`;
  return `${Math.floor(ms / MINUTE)}m ${pad(Math.floor((ms % MINUTE) / SECOND))}s`;
}

/** The warning, its countdown ticking every second (not a live region: a per-second announcement is noise). */
export function expiryNotice(peek: SecretPeek): { element: HTMLDivElement; stop: () => void } {
  const countdown = h("time", { class: "countdown", datetime: peek.expiresAt });
  const tick = () => {
    const left = Date.parse(peek.expiresAt) - Date.now();
    countdown.textContent = left > 0 ? `in ${formatRemaining(left)}` : "now";
  };
  tick();
  const timer = setInterval(tick, SECOND);
  const element = notice(
    "warning",
    strongLine(
      "This is a one-time secret.",
      peek.remainingViews === 1
        ? " Once you view it, it is permanently deleted."
        : ` It can be viewed ${peek.remainingViews} more times, then it is permanently deleted.`,
    ),
    h("p", null, "It expires ", countdown, `, at ${formatLocalTime(peek.expiresAt)}.`),
  );
  return { element, stop: () => clearInterval(timer) };
}

/**
 * When the countdown runs out, asks the server, which decides: a device whose clock runs fast must not
 * declare a secret expired that can still be opened. Only the server's "gone" ends the page; a network
 * error changes nothing (the View button then reports it, if it is pressed). Answers how to stop.
 */
export function watchExpiry(id: string, expiresAt: string, onEnded: (problem: Problem) => void): () => void {
  let current = true;
  let timer: ReturnType<typeof setTimeout>;
  const check = () => {
    getSecretPeek(id).then(
      () => {
        if (current) timer = setTimeout(check, RECHECK_MS);
      },
      (error: unknown) => {
        const problem = problemFrom(error);
        if (!current) return;
        if (problem.retry) timer = setTimeout(check, RECHECK_MS);
        else onEnded(problem);
      },
    );
  };
  timer = setTimeout(check, Math.max(0, Date.parse(expiresAt) - Date.now()));
  return () => {
    current = false;
    clearTimeout(timer);
  };
}
