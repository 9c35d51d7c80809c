// Creating a secret for many recipients: N secrets, each in its own vault under its own link key (the
// browser encrypted the text N times), created together or not at all. D1 gets, in one batch, the group row
// (only if the owner's quota has room for all N), the N secret rows and their N audit events; the N vaults
// are filled meanwhile. Any failure on either side undoes everything that landed (see undoGroup).
import type { Context } from "hono";
import type { SecretGroupResult } from "../../protocol/api";
import { decodeBase64Url, encodeBase64Url, randomBytes } from "../../protocol/base64url";
import { ENVELOPE_VERSION, MIN_CIPHERTEXT_BYTES } from "../../protocol/envelope";
import type { CreateSecretGroupBody } from "../../protocol/group-schemas";
import { auditInsert, auditInsertWhere, sealAuditSoon } from "../audit/commit-with-audit";
import { requestContext } from "../audit/request-context";
import { currentUser } from "../auth/current-user";
import type { SecretGroupRow, SecretRow } from "../db/schema";
import { deleteGroupRows, groupLanded, insertGroupLink, insertGroupWithinQuota } from "../db/secret-groups";
import { activeUsageOf } from "../db/secrets";
import type { AppEnv } from "../env";
import { noticeChange } from "../feed/feed-notice";
import { ApiError, invalidInput } from "../http/errors";
import { vaultFor } from "../vault/vault-for";
import type { VaultDeposit } from "../vault/vault-types";
import { senderOf } from "./create-secret";
import { presentSecret } from "./present-secret";
import { quotaOf } from "./quota";

interface GroupLink {
  row: SecretRow;
  deposit: VaultDeposit;
}

export async function createSecretGroup(c: Context<AppEnv>, body: CreateSecretGroupBody): Promise<SecretGroupResult> {
  const user = currentUser(c);
  const now = Date.now();
  const group: SecretGroupRow = {
    id: encodeBase64Url(randomBytes(16)),
    ownerId: user.id,
    name: body.name || null,
    createdAt: new Date(now),
    expiresAt: new Date(now + body.expiresIn * 1000),
    links: body.links.length,
  };
  const sender = senderOf(c, body.showSender);
  const links = body.links.map((link, index): GroupLink => {
    const bytes = ciphertextBytes(c, link.ciphertext, index);
    const id = encodeBase64Url(randomBytes(16));
    const kdf = link.kdf ?? null;
    const recipientEmail = link.recipientEmail ?? null;
    const deposit: VaultDeposit = {
      id,
      name: group.name,
      ownerId: user.id,
      ciphertext: bytes,
      verifier: link.verifier,
      keyVerifier: kdf ? (link.keyVerifier ?? null) : null,
      kdf,
      expiresAt: group.expiresAt.getTime(),
      maxViews: 1,
      requireLogin: body.requireLogin,
      onlyFor: body.requireLogin ? recipientEmail : null,
      notifyEmail: body.notifyOnView ? user.email : null,
      origin: c.var.origin,
      sender,
    };
    const row: SecretRow = {
      id,
      ownerId: user.id,
      name: group.name,
      status: "active",
      // A millisecond apart, so the links list in the order they were given (db/secret-groups.ts linksOfGroups).
      createdAt: new Date(now + index),
      expiresAt: group.expiresAt,
      maxViews: 1,
      views: 0,
      viewedAt: null,
      endedAt: null,
      passphrase: kdf !== null,
      requireLogin: body.requireLogin,
      recipientEmail,
      notifyOnView: body.notifyOnView,
      sizeBytes: bytes.length,
      groupId: group.id,
      requestId: null,
    };
    return { row, deposit };
  });

  // Both sides at once. Until the answer goes out nobody knows any of the ids, so undoing is safe.
  const [deposits, recorded] = await Promise.all([
    Promise.allSettled(links.map(({ deposit }) => vaultFor(c.env, deposit.id).deposit(deposit))),
    recordGroup(c, group, links).then(
      (refusal) => ({ landed: refusal === null, refusal, failure: null }),
      (failure: unknown) => ({ landed: false, refusal: null, failure }),
    ),
  ]);
  const failedDeposit = deposits.find((outcome) => outcome.status === "rejected");
  if (failedDeposit || !recorded.landed) {
    await undoGroup(c, group, links, recorded.landed);
    throw recorded.refusal ?? recorded.failure ?? (failedDeposit as PromiseRejectedResult).reason;
  }
  sealAuditSoon(c);
  c.executionCtx.waitUntil(noticeChange(c.env, user.id));
  return {
    group: {
      id: group.id,
      name: group.name,
      createdAt: group.createdAt.toISOString(),
      expiresAt: group.expiresAt.toISOString(),
      links: links.map(({ row }) => ({ ...presentSecret(row, c.var.origin), recentViews: [] })),
    },
  };
}

function ciphertextBytes(c: Context<AppEnv>, ciphertext: string, index: number) {
  const bytes = decodeBase64Url(ciphertext);
  if (bytes[0] !== ENVELOPE_VERSION || bytes.length < MIN_CIPHERTEXT_BYTES) {
    throw invalidInput(`links.${index}.ciphertext: is not an Oncelink v1 envelope`);
  }
  const limit = c.var.config.MAX_SECRET_BYTES;
  if (bytes.length > limit) throw new ApiError(413, "too_large", `Link ${index + 1} is larger than ${limit} bytes.`);
  return bytes;
}

/**
 * D1's half, one batch (one transaction): the group row if the quota has room for all its links, then each
 * link's row and audit event, which land only if the group row did. Answers null when recorded, else the
 * quota's refusal.
 */
async function recordGroup(c: Context<AppEnv>, group: SecretGroupRow, links: GroupLink[]): Promise<ApiError | null> {
  const { db, config } = c.var;
  const quota = quotaOf(config);
  const totalBytes = links.reduce((sum, { row }) => sum + row.sizeBytes, 0);
  const landed = groupLanded(group.id);
  const events = links.map(({ row }) =>
    auditInsertWhere(c, landed, {
      action: "create",
      resourceType: "secret",
      resourceId: row.id,
      resourceName: row.name,
      ownerId: row.ownerId,
      details: { ...groupDetails(group), maxViews: 1, passphrase: row.passphrase, mode: "encrypted" },
    }),
  );
  const [inserted] = await db.batch([
    insertGroupWithinQuota(db, group, totalBytes, quota),
    ...links.map(({ row }) => insertGroupLink(db, row)),
    ...events,
  ]);
  if (inserted.meta.changes === 1) return null;
  const usage = await activeUsageOf(db, group.ownerId);
  const message =
    usage.activeSecrets + group.links > quota.activeSecrets
      ? `You have ${usage.activeSecrets} active secrets; ${group.links} more would pass this deployment's limit of ${quota.activeSecrets}. Burn some or let them expire.`
      : `Your active secrets would hold ${usage.activeBytes + totalBytes} bytes, over this deployment's limit of ${quota.activeBytes} bytes per account.`;
  return new ApiError(403, "quota_exceeded", message);
}

function groupDetails(group: SecretGroupRow) {
  return {
    groupId: group.id,
    links: group.links,
    expiresIn: Math.round((group.expiresAt.getTime() - group.createdAt.getTime()) / 1000),
  };
}

/**
 * Undoes a group that did not land whole: every vault is emptied (discarding an empty one is harmless), and
 * the D1 rows, if they landed, are deleted with an audit event per link saying the create failed. Should
 * this process die first, what is left is what a failed single create leaves (create-secret.ts compensate).
 */
async function undoGroup(c: Context<AppEnv>, group: SecretGroupRow, links: GroupLink[], recorded: boolean) {
  const undo: Promise<unknown>[] = links.map(({ row }) => vaultFor(c.env, row.id).discard());
  if (recorded) {
    const { db } = c.var;
    const context = requestContext(c.req.raw);
    // One insert per event: D1 binds at most 100 values in one statement.
    const failures = links.map(({ row }) =>
      auditInsert(db, {
        action: "create",
        result: "failure",
        resourceType: "secret",
        resourceId: row.id,
        ownerId: row.ownerId,
        actor: c.var.user,
        context,
        details: { groupId: group.id },
      }),
    );
    const [dropLinks, dropGroup] = deleteGroupRows(db, group.id);
    undo.push(db.batch([dropLinks, dropGroup, ...failures]).then(() => sealAuditSoon(c)));
  }
  await Promise.allSettled(undo);
}
