// Creating a secret: its own vault gets the ciphertext, then D1 gets the metadata row (so the owner's
// list has it at once) together with the audit event, in one batch.
import type { Context } from "hono";
import type { CreateSecretResult } from "../../protocol/api";
import { decodeBase64Url, encodeBase64Url, randomBytes } from "../../protocol/base64url";
import {
  ENVELOPE_VERSION,
  MIN_CIPHERTEXT_BYTES,
  MIN_KDF_ITERATIONS,
  newKdf,
  sealSecret,
} from "../../protocol/envelope";
import type { CreateSecretBody } from "../../protocol/schemas";
import { commitWithAudit } from "../audit/commit-with-audit";
import type { SecretRow } from "../db/schema";
import { insertSecret } from "../db/secrets";
import type { AppEnv } from "../env";
import { ApiError, invalidInput } from "../http/errors";
import { vaultFor } from "../vault/vault-for";
import { presentSecret } from "./present-secret";
import { assertWithinQuota } from "./quota";

export async function createSecret(c: Context<AppEnv>, body: CreateSecretBody): Promise<CreateSecretResult> {
  const { ciphertext, verifier, keyVerifier, kdf, linkKey } = await envelopeOf(body);
  const bytes = decodeBase64Url(ciphertext);
  if (bytes[0] !== ENVELOPE_VERSION || bytes.length < MIN_CIPHERTEXT_BYTES) {
    throw invalidInput("ciphertext: is not an Oncelink v1 envelope");
  }
  const limit = c.var.config.MAX_SECRET_BYTES;
  if (bytes.length > limit) throw new ApiError(413, "too_large", `The secret is larger than ${limit} bytes.`);

  if (c.var.user) await assertWithinQuota(c.var.db, c.var.config, c.var.user.id, bytes.length);
  const id = encodeBase64Url(randomBytes(16));
  const expiresAt = new Date(Date.now() + body.expiresIn * 1000);
  const ownerId = c.var.user?.id ?? null;
  const name = body.name || null;
  // The vault first: until D1 has the row, nobody knows the id, and a failed D1 write discards the vault.
  const vault = vaultFor(c.env, id);
  await vault.deposit({
    id,
    name,
    ownerId,
    ciphertext: bytes,
    verifier,
    // Only a passphrase makes the key proof matter: without one, the proof itself is a proof of the key.
    keyVerifier: kdf ? keyVerifier : null,
    kdf,
    expiresAt: expiresAt.getTime(),
    maxViews: body.maxViews,
    requireLogin: body.requireLogin,
    onlyFor: body.requireLogin ? (body.recipientEmail ?? null) : null,
    notifyEmail: body.notifyOnView ? (c.var.user?.email ?? null) : null,
    origin: c.var.origin,
    sender: senderOf(c, body.showSender),
  });
  const row: SecretRow = {
    id,
    ownerId,
    name,
    status: "active",
    createdAt: new Date(),
    expiresAt,
    maxViews: body.maxViews,
    views: 0,
    viewedAt: null,
    endedAt: null,
    passphrase: kdf !== null,
    requireLogin: body.requireLogin,
    recipientEmail: body.recipientEmail ?? null,
    notifyOnView: body.notifyOnView,
    sizeBytes: bytes.length,
  };
  try {
    await commitWithAudit(c, [insertSecret(c.var.db, row)], {
      action: "create",
      resourceType: "secret",
      resourceId: id,
      resourceName: name,
      ownerId,
      details: { expiresIn: body.expiresIn, maxViews: body.maxViews, passphrase: kdf !== null, mode: body.mode },
    });
  } catch (error) {
    await vault.discard();
    throw error;
  }
  const secret = presentSecret(row, c.var.origin);
  return linkKey ? { secret, link: `${secret.url}#${linkKey}` } : { secret };
}

/**
 * What the recipient is told about who sent it. Only the creator's own verified address: a free-text "from"
 * would let anyone with an account sign a secret "IT department" and phish with it.
 */
function senderOf(c: Context<AppEnv>, showSender: boolean): string | null {
  if (!showSender) return null;
  const user = c.var.user;
  if (!user) throw invalidInput("showSender: anonymous secrets have no sender to show");
  if (!user.emailVerified) throw invalidInput("showSender: verify your email address first");
  return user.email;
}

/** Plaintext mode runs the envelope here; its passphrase stretch is capped by workerd at 100,000 rounds. */
async function envelopeOf(body: CreateSecretBody) {
  if (body.mode === "encrypted") {
    const { ciphertext, verifier, keyVerifier = null, kdf = null } = body;
    return { ciphertext, verifier, keyVerifier, kdf, linkKey: null };
  }
  const sealed = await sealSecret({
    text: body.text,
    passphrase: body.passphrase,
    kdf: body.passphrase ? newKdf(MIN_KDF_ITERATIONS) : undefined,
  });
  const { ciphertext, verifier, keyVerifier, linkKey } = sealed;
  return { ciphertext, verifier, keyVerifier, kdf: sealed.kdf ?? null, linkKey };
}
