// Sizes and time left for the files' progress bars: the create form's (encrypting, uploading) and the
// recipient page's (downloading, decrypting). Plain functions without a framework, so both pages use them;
// numbers and units come from Intl in the page's language (<html lang>), the sentences from each page's catalog.
import { documentLocale } from "./local-time";

/** "840 byte", "12.5 kB", "1.2 MB" in the page's language: 1024-based, as the limits are (1 MB = 1,048,576 bytes). */
export function humanBytes(bytes: number): string {
  const [value, unit] =
    bytes < 1024
      ? [bytes, "byte"]
      : bytes < 1024 * 1024
        ? [bytes / 1024, "kilobyte"]
        : [bytes / (1024 * 1024), "megabyte"];
  const format = new Intl.NumberFormat(documentLocale(), {
    style: "unit",
    unit,
    unitDisplay: unit === "byte" ? "long" : "short",
    maximumFractionDigits: value < 10 && unit !== "byte" ? 1 : 0,
  });
  return format.format(value);
}

/** "12 s", "3 min" in the page's language; undefined until there is a rate to go by. */
export function timeLeft(done: number, total: number, elapsedMs: number): string | undefined {
  if (done <= 0 || elapsedMs < 250 || done >= total) return undefined;
  const seconds = Math.ceil(((total - done) * elapsedMs) / done / 1000);
  const [value, unit] = seconds < 90 ? [seconds, "second"] : [Math.round(seconds / 60), "minute"];
  return new Intl.NumberFormat(documentLocale(), { style: "unit", unit, unitDisplay: "short" }).format(value);
}

/** The pieces of the line under one bar, for a sentence of the page's catalog ("Uploading {done} of {total}"). */
export function progressParts(done: number, total: number, elapsedMs: number) {
  return { done: humanBytes(done), total: humanBytes(total), left: timeLeft(done, total, elapsedMs) };
}
