import type { BatchItem } from "drizzle-orm/batch";
import { type AuditEventInput, auditInsert } from "../audit/commit-with-audit";
import { openDatabase } from "../db/client";
import { applyVaultSnapshot, type VaultSnapshot } from "../db/secrets";

/** The vault's metadata and its queued audit events reach D1 in one batch: both land, or neither. */
export async function deliverVaultChanges(env: Env, snapshot: VaultSnapshot | null, events: AuditEventInput[]) {
  const db = openDatabase(env.DB);
  const statements: BatchItem<"sqlite">[] = [];
  if (snapshot) statements.push(applyVaultSnapshot(db, snapshot));
  if (events.length > 0) statements.push(auditInsert(db, ...events));
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}
