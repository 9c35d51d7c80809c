import { useNow } from "../../lib/use-now";
import "./style.css";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "6d 4h", "3h 05m", "4m 09s": two units, zero-padded so the text keeps its width as it ticks. */
function formatRemaining(ms: number): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  if (ms >= DAY) return `${Math.floor(ms / DAY)}d ${Math.floor((ms % DAY) / HOUR)}h`;
  if (ms >= HOUR) return `${Math.floor(ms / HOUR)}h ${pad(Math.floor((ms % HOUR) / MINUTE))}m`;
  return `${Math.floor(ms / MINUTE)}m ${pad(Math.floor((ms % MINUTE) / SECOND))}s`;
}

/** Time left until `until`, ticking every second. Not a live region: a per-second announcement is noise. */
export function Countdown({ until }: { until: string }) {
  const left = Date.parse(until) - useNow();
  return (
    <time class="countdown" dateTime={until}>
      {left > 0 ? `in ${formatRemaining(left)}` : "now"}
    </time>
  );
}
