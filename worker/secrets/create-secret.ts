// Creating a secret: its own vault gets the ciphertext while D1 gets, in one batch, the metadata row (so the
// owner's list has it at once, and only if the owner's quota has room) together with its audit event.
import { eq, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { CreateSecretResult } from "../../protocol/api";
import { decodeBase64Url, encodeBase64Url, randomBytes } from "../../protocol/base64url";
import {
  ENVELOPE_VERSION,
  MIN_CIPHERTEXT_BYTES,
  MIN_KDF_ITERATIONS,
  newKdf,
  sealSecret,
  sha256,
} from "../../protocol/envelope";
import type { CreateSecretBody } from "../../protocol/schemas";
import { type AuditDetails, auditInsertWhere, commitWithAudit, sealAuditSoon } from "../audit/commit-with-audit";
import { type SecretRow, secrets } from "../db/schema";
import { activeUsageOf, deleteSecretRow, insertSecretWithinQuota } from "../db/secrets";
import type { AppEnv } from "../env";
import { noticeChange } from "../feed/feed-notice";
import { ApiError, invalidInput } from "../http/errors";
import { vaultFor } from "../vault/vault-for";
import type { VaultDeposit } from "../vault/vault-types";
import { presentSecret } from "./present-secret";
import { quotaExceeded, quotaOf } from "./quota";

export async function createSecret(c: Context<AppEnv>, body: CreateSecretBody): Promise<CreateSecretResult> {
  const { ciphertext, verifier, keyVerifier, kdf, linkKey } = await envelopeOf(body);
  const bytes = decodeBase64Url(ciphertext);
  if (bytes[0] !== ENVELOPE_VERSION || bytes.length < MIN_CIPHERTEXT_BYTES) {
    throw invalidInput("ciphertext: is not an Oncelink v1 envelope");
  }
  const limit = c.var.config.MAX_SECRET_BYTES;
  if (bytes.length > limit) throw new ApiError(413, "too_large", `The secret is larger than ${limit} bytes.`);
  const upload = await fileUploadOf(c, body);

  const id = encodeBase64Url(randomBytes(16));
  const expiresAt = new Date(Date.now() + body.expiresIn * 1000);
  const ownerId = c.var.user?.id ?? null;
  const name = body.name || null;
  const deposit: VaultDeposit = {
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
    files: upload?.deposit ?? null,
  };
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
    requestId: null,
    groupId: null,
    // Files count in the quota at their declared size, from the create on (PROTOCOL 2.2).
    sizeBytes: bytes.length + (upload?.deposit.bytes ?? 0),
  };
  const details = {
    expiresIn: body.expiresIn,
    maxViews: body.maxViews,
    passphrase: kdf !== null,
    mode: body.mode,
    ...(upload && { fileBytes: upload.deposit.bytes }),
  };
  // The vault and D1 at once, one round trip for both (after the session read: two in all). Until the answer
  // goes out nobody knows the id, so each side undoes itself when the other fails (see compensate).
  const vault = vaultFor(c.env, id);
  const [deposited, recorded] = await Promise.allSettled([vault.deposit(deposit), recordCreate(c, row, details)]);
  if (deposited.status === "rejected" || recorded.status === "rejected" || recorded.value !== null) {
    await compensate(c, row, deposited.status === "fulfilled", recorded.status === "fulfilled" && !recorded.value);
    if (recorded.status === "fulfilled" && recorded.value) throw recorded.value;
    throw deposited.status === "rejected" ? deposited.reason : (recorded as PromiseRejectedResult).reason;
  }
  sealAuditSoon(c);
  // The owner's other dashboards list it at once; after the answer, so the create waits for nothing more.
  c.executionCtx.waitUntil(noticeChange(c.env, ownerId));
  const secret = presentSecret(row, c.var.origin);
  if (upload) return { secret, uploadToken: upload.token };
  return linkKey ? { secret, link: `${secret.url}#${linkKey}` } : { secret };
}

/**
 * D1's half of a create, one batch: the row if the quota has room, and its audit event if the row landed.
 * Answers null when recorded, else the quota's refusal.
 */
async function recordCreate(c: Context<AppEnv>, row: SecretRow, details: AuditDetails): Promise<ApiError | null> {
  const { db, config } = c.var;
  const quota = quotaOf(config);
  const landed = sql`exists (select 1 from ${secrets} where ${eq(secrets.id, row.id)})`;
  const event = auditInsertWhere(c, landed, {
    action: "create",
    resourceType: "secret",
    resourceId: row.id,
    resourceName: row.name,
    ownerId: row.ownerId,
    details,
  });
  const [inserted] = await db.batch([insertSecretWithinQuota(db, row, quota), event]);
  if (inserted.meta.changes === 1) return null;
  // Only a refusal reads the usage, to name the limit: the create itself stays two statements.
  return quotaExceeded(await activeUsageOf(db, row.ownerId ?? ""), quota, row.sizeBytes);
}

/**
 * Undoes whichever half of a failed create landed. A vault without its row is emptied; a row without its
 * vault is deleted, with an audit event saying the create failed. Should this process die first, what is
 * left is harmless: a vault nobody has the id of, holding ciphertext until its expiry alarm ends it, or a
 * row whose secret answers 404 (no vault) and counts towards the quota until it expires.
 */
async function compensate(c: Context<AppEnv>, row: SecretRow, deposited: boolean, recorded: boolean) {
  const undo: Promise<unknown>[] = [];
  if (deposited) undo.push(vaultFor(c.env, row.id).discard());
  if (recorded) {
    const failure = { action: "create", result: "failure", resourceType: "secret", resourceId: row.id } as const;
    undo.push(commitWithAudit(c, [deleteSecretRow(c.var.db, row.id)], { ...failure, ownerId: row.ownerId }));
  }
  await Promise.allSettled(undo);
}

/**
 * What the recipient is told about who sent it. Only the creator's own verified address: a free-text "from"
 * would let anyone with an account sign a secret "IT department" and phish with it.
 */
export function senderOf(c: Context<AppEnv>, showSender: boolean): string | null {
  if (!showSender) return null;
  const user = c.var.user;
  if (!user) throw invalidInput("showSender: anonymous secrets have no sender to show");
  if (!user.emailVerified) throw invalidInput("showSender: verify your email address first");
  return user.email;
}

/** PROTOCOL 2.2: files announced at the create, within MAX_FILE_BYTES, and the token that uploads them. */
async function fileUploadOf(c: Context<AppEnv>, body: CreateSecretBody) {
  if (body.mode !== "encrypted" || !body.files) return null;
  const limit = c.var.config.MAX_FILE_BYTES;
  if (body.files.bytes > limit) throw new ApiError(413, "too_large", `The files are larger than ${limit} bytes.`);
  const token = randomBytes(32);
  const uploadTokenHash = encodeBase64Url(await sha256(token));
  return { token: encodeBase64Url(token), deposit: { bytes: body.files.bytes, uploadTokenHash } };
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
