// Standard Webhooks signing (https://www.standardwebhooks.com): the secret is `whsec_` + base64 of random
// bytes; each request carries webhook-id, webhook-timestamp (seconds) and webhook-signature, `v1,` + base64
// of HMAC-SHA256(secret bytes, "{id}.{timestamp}.{body}"). Web Crypto rather than the `standardwebhooks`
// package: native HMAC, nothing added to the Worker's bundle; the tests check this construction against the
// spec's vectors and verify real deliveries with the package, as a receiver would.
import { randomBytes } from "../../protocol/base64url";

export const SIGNING_SECRET_PREFIX = "whsec_";
const SECRET_BYTES = 32;

function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function newSigningSecret(): string {
  return SIGNING_SECRET_PREFIX + toBase64(randomBytes(SECRET_BYTES));
}

/** `v1,<base64 signature>` for one message; `timestamp` in whole seconds. */
export async function signWebhook(secret: string, id: string, timestamp: number, body: string): Promise<string> {
  const raw = secret.startsWith(SIGNING_SECRET_PREFIX) ? secret.slice(SIGNING_SECRET_PREFIX.length) : secret;
  const key = await crypto.subtle.importKey("raw", fromBase64(raw), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const signed = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(`${id}.${timestamp}.${body}`));
  return `v1,${toBase64(new Uint8Array(signed))}`;
}

/** The three headers of one attempt: a retry keeps the id and body, and signs its own timestamp. */
export async function signedHeaders(secret: string, id: string, body: string, now: number): Promise<Headers> {
  const timestamp = Math.floor(now / 1000);
  return new Headers({
    "content-type": "application/json",
    "user-agent": "Oncelink-Webhooks/1",
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": await signWebhook(secret, id, timestamp, body),
  });
}
