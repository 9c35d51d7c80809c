// Every audit event enters D1 through auditEventRow, whether the Worker writes it directly or a
// SecretVault delivers it later from its own storage.
import type { SQL } from "drizzle-orm";
import type { BatchItem } from "drizzle-orm/batch";
import type { Context } from "hono";
import { encodeBase64Url, randomBytes } from "../../protocol/base64url";
import type { AuditAction, AuditResourceType, AuditResult } from "../../protocol/enums";
import { insertAuditEvents } from "../db/audit-events";
import type { Database } from "../db/client";
import { insertRowWhere } from "../db/insert-where";
import { type AuditEventInsert, auditEvents } from "../db/schema";
import type { AppEnv } from "../env";
import { auditLedger } from "./audit-ledger";
import { type RequestContext, requestContext } from "./request-context";

export type AuditDetails = Record<string, string | number | boolean | null>;

export interface AuditEventInput {
  /**
   * Fixed by whoever queues an event it may deliver more than once (a vault's outbox), so a second
   * delivery of the same event is recognised and dropped; a fresh one otherwise.
   */
  id?: string;
  action: AuditAction;
  result?: AuditResult;
  resourceType: AuditResourceType;
  resourceId?: string | null;
  resourceName?: string | null;
  ownerId?: string | null;
  actor?: { id: string; email: string } | null;
  context?: RequestContext | null;
  /** Metadata only: counts, reasons, addresses. Never content, keys, proofs, passwords or tokens. */
  details?: AuditDetails;
  at?: number;
}

function auditEventRow(input: AuditEventInput): AuditEventInsert {
  const context = input.context;
  return {
    id: input.id ?? newAuditEventId(),
    at: new Date(input.at ?? Date.now()),
    action: input.action,
    result: input.result ?? "success",
    resourceType: input.resourceType,
    resourceId: input.resourceId ?? null,
    resourceName: input.resourceName ?? null,
    ownerId: input.ownerId ?? null,
    actorId: input.actor?.id ?? null,
    actorEmail: input.actor?.email ?? null,
    ip: context?.ip ?? null,
    country: context?.country ?? null,
    city: context?.city ?? null,
    device: context?.device ?? null,
    userAgent: context?.userAgent ?? null,
    details: input.details ?? {},
  };
}

export function newAuditEventId(): string {
  return encodeBase64Url(randomBytes(16));
}

/** An insert to run alone or inside a db.batch() with the change it records, so both land or neither. */
export function auditInsert(db: Database, ...inputs: AuditEventInput[]) {
  return insertAuditEvents(db, inputs.map(auditEventRow));
}

/**
 * Runs `changes` and the audit events that record them in one D1 batch (both land, or neither), then
 * asks the ledger to seal the new events into the chain soon (its alarm, within a second), after the
 * answer has gone out.
 */
export async function commitWithAudit(
  c: Context<AppEnv>,
  changes: BatchItem<"sqlite">[],
  ...events: AuditEventInput[]
): Promise<void> {
  const context = requestContext(c.req.raw);
  const rows = events.map((event) => ({ actor: c.var.user, context, ...event }));
  await c.var.db.batch([auditInsert(c.var.db, ...rows), ...changes]);
  sealAuditSoon(c);
}

/**
 * The insert of one audit event for a change made only if `condition` holds (an insert guarded by a
 * quota): in the same batch, after the change, it lands exactly when the change did. Then sealAuditSoon.
 */
export function auditInsertWhere(c: Context<AppEnv>, condition: SQL, event: AuditEventInput) {
  const row = auditEventRow({ actor: c.var.user, context: requestContext(c.req.raw), ...event });
  return insertRowWhere(c.var.db, auditEvents, row, condition);
}

/** Asks the ledger to seal new events into the chain, after the answer has gone out. */
export function sealAuditSoon(c: Context<AppEnv>): void {
  c.executionCtx.waitUntil(
    auditLedger(c.env)
      .sealSoon()
      .catch(() => undefined),
  );
}

/** An event about an account (sign-up, sign-in...): the account is both the resource and its owner. */
export function accountEvent(action: AuditAction, account: { id: string; email: string } | null): AuditEventInput {
  return {
    action,
    resourceType: "account",
    resourceId: account?.id ?? null,
    resourceName: account?.email ?? null,
    ownerId: account?.id ?? null,
  };
}
