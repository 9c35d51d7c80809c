// The hash chain over audit events (protocol/audit-chain.ts computes it, for the CLI's offline check too).
// Editing, inserting or deleting a row breaks a link; the chain's head is also kept outside D1, in the
// AuditLedger's storage and in the daily R2 archive (worker/cron/archive-audit-days.ts).
import { chainHash as chainHashOf } from "../../protocol/audit-chain";
import type { AuditEventRow } from "../db/schema";

export { type ChainLink, GENESIS_HASH } from "../../protocol/audit-chain";

export function chainHash(prevHash: string, row: AuditEventRow): Promise<string> {
  return chainHashOf(prevHash, { ...row, at: row.at.getTime() });
}
