// Dates, times and numbers in the page's language (<html lang>: the app's loadLocale sets it, the Worker
// sets it on the recipient page) and the viewer's own time zone. Shared by the app and the recipient page.
const formats = new Map<string, Intl.DateTimeFormat>();

/** The page's language, as <html lang> names it (undefined lets Intl use the browser's). */
export function documentLocale(): string | undefined {
  return typeof document === "undefined" ? undefined : document.documentElement.lang || undefined;
}

/** An API timestamp (ISO 8601 UTC) in the viewer's own time zone and the page's language. */
export function formatLocalTime(
  iso: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" },
): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const key = `${documentLocale()}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(documentLocale(), options);
    formats.set(key, format);
  }
  return format.format(date);
}

/** A count ("1,234") in the page's language. */
export function formatCount(value: number): string {
  return new Intl.NumberFormat(documentLocale()).format(value);
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = "day" | "hour" | "minute" | "second";

/**
 * "6d 4h", "3h 05m", "4m 09s" (in English; Intl's narrow units in the page's language):
 * two units, the second zero-padded so the text keeps its width as it ticks.
 */
export function formatRemaining(ms: number): string {
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
