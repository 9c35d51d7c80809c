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
