// Sizes and time left for the files' progress bars: the create form's (encrypting, uploading) and the
// recipient page's (downloading, decrypting). Plain functions without a framework, so both pages use them.

/** "840 bytes", "12.5 KB", "1.2 MB": 1024-based, as the limits are (1 MB = 1,048,576 bytes). */
export function humanBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "KB"] : [bytes / (1024 * 1024), "MB"];
  const rounded = value < 10 ? value.toFixed(1) : value.toFixed(0);
  return `${rounded.replace(/\.0$/, "")} ${unit}`;
}

/** "about 12 s left", "about 3 min left"; nothing until there is a rate to go by. */
export function timeLeft(done: number, total: number, elapsedMs: number): string {
  if (done <= 0 || elapsedMs < 250 || done >= total) return "";
  const seconds = Math.ceil(((total - done) * elapsedMs) / done / 1000);
  return seconds < 90 ? `about ${seconds} s left` : `about ${Math.round(seconds / 60)} min left`;
}

/** The line under one bar: "Uploading 4 MB of 20 MB · about 12 s left". */
export function progressLine(label: string, done: number, total: number, elapsedMs: number): string {
  const left = timeLeft(done, total, elapsedMs);
  return `${label} ${humanBytes(done)} of ${humanBytes(total)}${left ? ` · ${left}` : ""}`;
}
