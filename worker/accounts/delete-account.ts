// Deleting an account (DELETE /api/me, or an admin's DELETE /api/users/:id/account), in three stages:
//   1. every active secret is burned through its vault, so its link answers "not found" at once;
//   2. one D1 batch removes the account's rows, ONE STEP PER TABLE below, with the account_delete event;
//   3. the AuditLedger erases the address from the audit events that name it (audit/redact-account.ts).
// A table that holds rows of an account needs its own step in ACCOUNT_ROWS: add it there.
import { and, eq, or } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Context } from "hono";
import type { User } from "../../protocol/api";
import { auditLedger } from "../audit/audit-ledger";
import { accountEvent, commitWithAudit } from "../audit/commit-with-audit";
import { deletedAccountLabel } from "../audit/redact-account";
import { requestContext } from "../audit/request-context";
import { deleteReaderRowsOf } from "../db/audit-readers-table";
import type { Database } from "../db/client";
import {
  apiTokens,
  emailVerifications,
  invites,
  passkeys,
  recoveryCodes,
  secretGroups,
  secretRequests,
  secrets,
  sessions,
  type UserRow,
  users,
  webauthnChallenges,
} from "../db/schema";
import { webhookEndpoints } from "../db/webhook-schema";
import type { AppEnv } from "../env";
import { closeFeedSockets } from "../feed/feed-notice";
import { vaultFor } from "../vault/vault-for";
import { assertNotLastAdmin, keepingOneAdmin } from "./keep-one-admin";

/** Vault calls in flight at once while burning an account's secrets. */
const BURNS_IN_PARALLEL = 10;

/** Each table's rows of the account, as statements of one batch. The users row goes last. */
const ACCOUNT_ROWS: ((db: Database, accountId: string) => BatchItem<"sqlite">)[] = [
  // Signed in nowhere any more.
  (db, id) => db.delete(sessions).where(eq(sessions.userId, id)),
  (db, id) => db.delete(apiTokens).where(eq(apiTokens.userId, id)),
  (db, id) => db.delete(passkeys).where(eq(passkeys.userId, id)),
  (db, id) => db.delete(recoveryCodes).where(eq(recoveryCodes.userId, id)),
  (db, id) => db.delete(webauthnChallenges).where(eq(webauthnChallenges.userId, id)),
  (db, id) => db.delete(emailVerifications).where(eq(emailVerifications.userId, id)),
  // Its own invite, and the pending invites it sent (the invitees stay, for another admin to invite again).
  (db, id) => db.delete(invites).where(or(eq(invites.userId, id), eq(invites.invitedBy, id))),
  // Its secrets' metadata (names, recipients' addresses); their vaults were burned in stage 1.
  (db, id) => db.delete(secrets).where(eq(secrets.ownerId, id)),
  // Its secret requests (names, notes, public keys); their responses' rows cascade, their secrets are above.
  (db, id) => db.delete(secretRequests).where(eq(secretRequests.ownerId, id)),
  // Its groups of links (names); each link is one of its secrets above.
  (db, id) => db.delete(secretGroups).where(eq(secretGroups.ownerId, id)),
  // Its webhook endpoints (URLs, sealed signing secrets); their queued deliveries cascade (migration 0010).
  (db, id) => db.delete(webhookEndpoints).where(eq(webhookEndpoints.ownerId, id)),
  // What it could read of the audit log (audit_event_readers, migration 0011): the events stay, for the admins.
  (db, id) => deleteReaderRowsOf(db, id),
  // The account itself, with its address. Migration 0006's trigger refuses the last admin: the whole batch fails.
  (db, id) => db.delete(users).where(eq(users.id, id)),
];

export async function deleteAccount(c: Context<AppEnv>, account: UserRow): Promise<void> {
  const { db } = c.var;
  const caller = c.var.user;
  const self = caller?.id === account.id;
  await assertNotLastAdmin(db, account); // before anything is burned; the trigger still decides a race
  // Events the deletion records name the account by its label, never by the address it is losing.
  const actor: User | null = self ? labelledActor(account) : caller;
  const secretsBurned = await burnActiveSecrets(c, account.id, actor);
  const event = {
    ...accountEvent("account_delete", { id: account.id, email: deletedAccountLabel(account.id) }),
    actor,
    details: { by: self ? "self" : "admin", secretsBurned },
  };
  await keepingOneAdmin(
    commitWithAudit(
      c,
      ACCOUNT_ROWS.map((step) => step(db, account.id)),
      event,
    ),
  );
  c.executionCtx.waitUntil(closeFeedSockets(c.env, account.id, null));
  await auditLedger(c.env).redactAccount({ accountId: account.id, email: account.email });
}

function labelledActor(account: UserRow): User {
  return {
    id: account.id,
    email: deletedAccountLabel(account.id),
    role: account.role,
    emailVerified: false,
    locale: null,
  };
}

/** Burns each active secret of the account in its vault; answers how many were burned. */
async function burnActiveSecrets(c: Context<AppEnv>, accountId: string, actor: User | null): Promise<number> {
  const active = await c.var.db
    .select({ id: secrets.id })
    .from(secrets)
    .where(and(eq(secrets.ownerId, accountId), eq(secrets.status, "active")));
  const context = requestContext(c.req.raw);
  const viewer = actor && { id: actor.id, email: actor.email, emailVerified: actor.emailVerified };
  let burned = 0;
  for (let i = 0; i < active.length; i += BURNS_IN_PARALLEL) {
    const outcomes = await Promise.all(
      active.slice(i, i + BURNS_IN_PARALLEL).map(({ id }) => vaultFor(c.env, id).burn(viewer, context)),
    );
    burned += outcomes.filter((outcome) => outcome.kind === "burned").length;
  }
  return burned;
}
