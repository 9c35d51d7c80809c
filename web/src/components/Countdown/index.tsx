import { t } from "../../lib/i18n";
import { formatRemaining } from "../../lib/local-time";
import { useNow } from "../../lib/use-now";
import "./style.css";

/** Time left until `until`, ticking every second. Not a live region: a per-second announcement is noise. */
export function Countdown({ until }: { until: string }) {
  const left = Date.parse(until) - useNow();
  return (
    <time class="countdown" dateTime={until}>
      {left > 0 ? t("common.countdown.in", { time: formatRemaining(left) }) : t("common.countdown.now")}
    </time>
  );
}
