// Recovery codes: 10 random codes of 50 bits each, shown once. Only SHA-256 of each is kept: they are
// random, not chosen by a person, so a slow hash would add nothing.
import { encodeBase64Url } from "../../protocol/base64url";
import { sha256 } from "../../protocol/envelope";
import { RECOVERY_CODE_COUNT } from "../../protocol/limits";

/** Crockford's base32 without I, L, O, U: nothing to misread when typed from paper. */
const ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

export async function newRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const letters = [...crypto.getRandomValues(new Uint8Array(10))].map((byte) => ALPHABET[byte % 32]).join("");
    return `${letters.slice(0, 5)}-${letters.slice(5)}`;
  });
  return { codes, hashes: await Promise.all(codes.map(hashRecoveryCode)) };
}

/** Case, spaces and dashes do not matter when a code is typed back. */
export async function hashRecoveryCode(code: string): Promise<string> {
  const normalized = code.toLowerCase().replace(/[^0-9a-z]/g, "");
  return encodeBase64Url(await sha256(new Uint8Array(new TextEncoder().encode(normalized))));
}
