// Password storage: a guess must cost at least 600,000 PBKDF2-HMAC-SHA256 iterations (OWASP), but
// production workerd refuses any single deriveBits call above 100,000. So the hash is a chain of six
// 100,000-iteration rounds, each keyed by the previous round's output: a guess still pays for all six.
import { decodeBase64Url, encodeBase64Url, randomBytes } from "../../protocol/base64url";

/** The most iterations production workerd accepts in one PBKDF2 call. */
export const WORKERD_PBKDF2_LIMIT = 100_000;
const ROUNDS = 6;
const SCHEME = "pbkdf2-sha256-chain";
const utf8 = new TextEncoder();

async function pbkdf2(secret: Uint8Array<ArrayBuffer>, salt: Uint8Array<ArrayBuffer>, iterations: number) {
  if (iterations > WORKERD_PBKDF2_LIMIT) throw new RangeError("PBKDF2 iterations above workerd's limit");
  const key = await crypto.subtle.importKey("raw", secret, "PBKDF2", false, ["deriveBits"]);
  const bits = await crypto.subtle.deriveBits({ name: "PBKDF2", hash: "SHA-256", salt, iterations }, key, 256);
  return new Uint8Array(bits);
}

async function chain(password: string, salt: Uint8Array<ArrayBuffer>, rounds: number, iterations: number) {
  let state = new Uint8Array(utf8.encode(password.normalize("NFC")));
  for (let round = 0; round < rounds; round++) state = await pbkdf2(state, salt, iterations);
  return state;
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await chain(password, salt, ROUNDS, WORKERD_PBKDF2_LIMIT);
  return [SCHEME, `${ROUNDS}x${WORKERD_PBKDF2_LIMIT}`, encodeBase64Url(salt), encodeBase64Url(hash)].join("$");
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, cost, salt, hash] = stored.split("$");
  const [rounds, iterations] = (cost ?? "").split("x").map(Number);
  if (scheme !== SCHEME || !salt || !hash || !rounds || !iterations) return false;
  const candidate = await chain(password, decodeBase64Url(salt), rounds, iterations);
  return crypto.subtle.timingSafeEqual(candidate, decodeBase64Url(hash));
}

// Hashed once per isolate: unknown emails are checked against it so that they cost as much as known ones.
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hashPassword("decoy password that matches no account");
  return decoyHash;
}
