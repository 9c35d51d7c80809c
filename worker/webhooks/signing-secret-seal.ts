// A webhook's signing secret must be usable by the server (it signs every delivery), so it cannot be kept as
// a hash the way API tokens are. It is kept sealed instead: AES-256-GCM under a key derived from the
// WEBHOOK_SECRET_KEY secret, bound to its endpoint's id. A copy of D1 alone (a backup, an export, a leaked
// replica) then cannot forge deliveries; only D1 plus the Worker's secret can.
import { decodeBase64Url, encodeBase64Url, randomBytes } from "../../protocol/base64url";
import { configOf } from "../config";
import { ApiError } from "../http/errors";

const SEAL_VERSION = "v1";
const MIN_KEY_LENGTH = 32;
/** Local development only (every origin loopback): a fixed key, so `npm start` needs no secret set. */
const LOOPBACK_DEVELOPMENT_KEY = "oncelink-local-development-webhook-seal-key";

function keyMaterial(env: Env): string {
  const key = env.WEBHOOK_SECRET_KEY ?? "";
  if (key.length >= MIN_KEY_LENGTH) return key;
  const origins = configOf(env).APP_ORIGIN;
  const loopbackOnly = origins.every((origin) => /^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:|$)/.test(origin));
  if (key === "" && loopbackOnly) return LOOPBACK_DEVELOPMENT_KEY;
  console.error("misconfigured: WEBHOOK_SECRET_KEY must be set (at least 32 characters) for webhooks");
  throw new ApiError(500, "misconfigured", "The deployment is misconfigured: WEBHOOK_SECRET_KEY is missing.");
}

async function sealingKey(env: Env): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey("raw", new TextEncoder().encode(keyMaterial(env)), "HKDF", false, [
    "deriveKey",
  ]);
  return crypto.subtle.deriveKey(
    { name: "HKDF", hash: "SHA-256", salt: new Uint8Array(), info: new TextEncoder().encode("oncelink/webhook-seal") },
    material,
    { name: "AES-GCM", length: 256 },
    false,
    ["encrypt", "decrypt"],
  );
}

const bound = (endpointId: string) => new TextEncoder().encode(`oncelink/webhook/${endpointId}`);

export async function sealSigningSecret(env: Env, endpointId: string, secret: string): Promise<string> {
  const iv = randomBytes(12);
  const sealed = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: bound(endpointId) },
    await sealingKey(env),
    new TextEncoder().encode(secret),
  );
  const bytes = new Uint8Array(12 + sealed.byteLength);
  bytes.set(iv);
  bytes.set(new Uint8Array(sealed), 12);
  return `${SEAL_VERSION}.${encodeBase64Url(bytes)}`;
}

export async function openSigningSecret(env: Env, endpointId: string, sealed: string): Promise<string> {
  const bytes = decodeBase64Url(sealed.slice(SEAL_VERSION.length + 1));
  const opened = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: bytes.slice(0, 12), additionalData: bound(endpointId) },
    await sealingKey(env),
    bytes.slice(12),
  );
  return new TextDecoder().decode(opened);
}
