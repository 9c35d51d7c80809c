import { t } from "../../lib/i18n";
import { documentLocale } from "../../lib/local-time";
import { useNow } from "../../lib/use-now";
import "./style.css";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = "day" | "hour" | "minute" | "second";

/**
 * "6d 4h", "3h 05m", "4m 09s" (in English; Intl's narrow units in the page's language): two units, the second
 * zero-padded so the text keeps its width as it ticks.
 */
function formatRemaining(ms: number): string {
  const locale = documentLocale();
  const unit = (name: Unit, value: number, padded: boolean) =>
    new Intl.NumberFormat(locale, {
      style: "unit",
      unit: name,
      unitDisplay: "narrow",
      minimumIntegerDigits: padded ? 2 : 1,
    }).format(value);
  const pair = (big: Unit, bigMs: number, small: Unit, smallMs: number) =>
    new Intl.ListFormat(locale, { type: "unit", style: "narrow" }).format([
      unit(big, Math.floor(ms / bigMs), false),
      unit(small, Math.floor((ms % bigMs) / smallMs), big !== "day"),
    ]);
  if (ms >= DAY) return pair("day", DAY, "hour", HOUR);
  if (ms >= HOUR) return pair("hour", HOUR, "minute", MINUTE);
  return pair("minute", MINUTE, "second", SECOND);
}

/** Time left until `until`, ticking every second. Not a live region: a per-second announcement is noise. */
export function Countdown({ until }: { until: string }) {
  const left = Date.parse(until) - useNow();
  return (
    <time class="countdown" dateTime={until}>
      {left > 0 ? t("common.countdown.in", { time: formatRemaining(left) }) : t("common.countdown.now")}
    </time>
  );
}
