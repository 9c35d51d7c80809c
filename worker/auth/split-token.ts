// Bearer secrets (session cookies, API tokens, invite links) share one shape, after Lucia's guide:
// "<id>.<secret>". The id finds the row; only SHA-256(secret) is stored, compared in constant time,
// so neither a database dump nor a timing side channel yields a usable token.
import { decodeBase64Url, encodeBase64Url, randomBytes } from "../../protocol/base64url";
import { sha256 } from "../../protocol/envelope";

export interface SplitToken {
  id: string;
  secret: string;
}

export async function newSplitToken(): Promise<SplitToken & { secretHash: string }> {
  const secret = encodeBase64Url(randomBytes(16));
  return { id: encodeBase64Url(randomBytes(16)), secret, secretHash: await hashSecret(secret) };
}

/** Parses "<id>.<secret>" (each 128 bits, base64url) after an optional prefix; null when malformed. */
export function parseSplitToken(text: string, prefix = ""): SplitToken | null {
  const match = /^([A-Za-z0-9_-]{22})\.([A-Za-z0-9_-]{22})$/.exec(
    text.startsWith(prefix) ? text.slice(prefix.length) : "",
  );
  return match?.[1] && match[2] ? { id: match[1], secret: match[2] } : null;
}

export function formatSplitToken(token: SplitToken, prefix = ""): string {
  return `${prefix}${token.id}.${token.secret}`;
}

export async function secretMatches(secret: string, storedHash: string): Promise<boolean> {
  let presented: string;
  try {
    presented = await hashSecret(secret);
  } catch {
    return false; // the right length, but not a canonical encoding of any secret we gave out
  }
  return crypto.subtle.timingSafeEqual(decodeBase64Url(presented), decodeBase64Url(storedHash));
}

/** SHA-256 of a base64url secret, as stored; throws when the text is not canonical base64url. */
export async function hashSecret(secret: string): Promise<string> {
  return encodeBase64Url(await sha256(decodeBase64Url(secret)));
}
