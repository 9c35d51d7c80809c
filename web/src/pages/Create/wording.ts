// Words the create, request and respond pages build from values: an expiry choice as a duration in the page's
// language (Intl), and an address isolated inside a right-to-left sentence.
import { isRightToLeft } from "../../../../protocol/locales";
import { currentLocale } from "../../lib/i18n";
import { documentLocale } from "../../lib/local-time";

const HOUR = 3600;
const DAY = 24 * HOUR;

/** "5 minutes", "1 hour", "24 hours", "7 days" (an EXPIRY_PRESETS choice) in the page's language. */
export function durationLabel(seconds: number): string {
  // A day or two reads as hours, as the presets always did; a week as days.
  const [unit, per] =
    seconds >= 7 * DAY && seconds % DAY === 0
      ? (["day", DAY] as const)
      : seconds % HOUR === 0
        ? (["hour", HOUR] as const)
        : (["minute", 60] as const);
  return new Intl.NumberFormat(documentLocale(), { style: "unit", unit, unitDisplay: "long" }).format(seconds / per);
}

/**
 * An address or a name inside a sentence: in a right-to-left page, isolated (U+2068…U+2069) so the sentence
 * keeps it whole; in a left-to-right page, as it is.
 */
export function isolated(text: string): string {
  return isRightToLeft(currentLocale()) ? `\u2068${text}\u2069` : text;
}
