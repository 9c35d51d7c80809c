import { MIN_CIPHERTEXT_BYTES } from "../../../../protocol/envelope";

export { humanBytes } from "../../lib/transfer-progress";

const utf8 = new TextEncoder();

/**
 * The size of the envelope sealSecret will make of `text` (PROTOCOL 2: version byte, IV, the JSON
 * `{"text": …}` encrypted, the GCM tag): what the server holds against MAX_SECRET_BYTES.
 */
export function envelopeBytes(text: string): number {
  return MIN_CIPHERTEXT_BYTES + utf8.encode(JSON.stringify({ text })).length;
}
