// audit_event_readers (migration 0011): one row per (account that may read an event, event), written by a
// trigger in the same statement as the event. The member's audit pages read it, one index range per filter.
import { eq } from "drizzle-orm";
import { index, integer, primaryKey, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { AUDIT_ACTIONS, AUDIT_RESOURCE_TYPES, AUDIT_RESULTS } from "../../protocol/enums";
import type { Database } from "./client";

export const auditEventReaders = sqliteTable(
  "audit_event_readers",
  {
    /** The event's owner, or its actor when that is another account. */
    accountId: text("account_id").notNull(),
    /** audit_events.seq of the event. */
    seq: integer("seq").notNull(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    result: text("result", { enum: AUDIT_RESULTS }).notNull(),
    resourceType: text("resource_type", { enum: AUDIT_RESOURCE_TYPES }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.accountId, t.seq] }),
    index("audit_readers_at_idx").on(t.accountId, t.at, t.seq),
    index("audit_readers_action_at_idx").on(t.accountId, t.action, t.at, t.seq),
    index("audit_readers_action_result_at_idx").on(t.accountId, t.action, t.result, t.at, t.seq), // migration 0014
    index("audit_readers_result_at_idx").on(t.accountId, t.result, t.at, t.seq),
    index("audit_readers_resource_type_at_idx").on(t.accountId, t.resourceType, t.at, t.seq),
    index("audit_readers_seq_idx").on(t.seq),
  ],
);

/** An account that goes (deleted, or removed by an admin) reads nothing any more; the events stay. */
export function deleteReaderRowsOf(db: Database, accountId: string) {
  return db.delete(auditEventReaders).where(eq(auditEventReaders.accountId, accountId));
}
