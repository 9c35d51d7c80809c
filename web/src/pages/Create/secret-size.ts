import { MIN_CIPHERTEXT_BYTES } from "../../../../protocol/envelope";

const utf8 = new TextEncoder();

/**
 * The size of the envelope sealSecret will make of `text` (PROTOCOL 2: version byte, IV, the JSON
 * `{"text": …}` encrypted, the GCM tag): what the server holds against MAX_SECRET_BYTES.
 */
export function envelopeBytes(text: string): number {
  return MIN_CIPHERTEXT_BYTES + utf8.encode(JSON.stringify({ text })).length;
}

/** "840 bytes", "12.5 KB", "1.2 MB": 1024-based, as the limit is (1 MB = 1,048,576 bytes). */
export function humanBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "KB"] : [bytes / (1024 * 1024), "MB"];
  const rounded = value < 10 ? value.toFixed(1) : value.toFixed(0);
  return `${rounded.replace(/\.0$/, "")} ${unit}`;
}
