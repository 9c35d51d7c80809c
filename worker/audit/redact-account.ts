// Erasing a deleted account's address from the audit events that name it, without breaking the hash chain.
// A sealed event's hash covers its address (audit/hash-chain.ts), so a redacted row can no longer reproduce
// the hash it was sealed with. The AuditLedger therefore redacts only rows whose hash it has just checked,
// keeps each row's sealed `hash` (the next row's `prev_hash` still links to it), and remembers in its own
// storage, beside the chain's head, the hash the redacted row must have: chainHash(prev_hash, redacted row).
// Verification accepts a row that matches either; any later edit of a redacted row matches neither.
import type { AuditEventRow } from "../db/schema";

/** How the audit log names an account once it is deleted: the id stays, the address goes. */
export function deletedAccountLabel(accountId: string): string {
  return `deleted account ${accountId}`;
}

export interface AccountToRedact {
  accountId: string;
  email: string;
}

/**
 * The row with the account's address replaced by its label wherever it stands: the actor's email (when the
 * actor is the account), the resource's name, and any detail whose value is the address. Null when nothing
 * in the row names the address.
 */
export function redactAccountFromRow(row: AuditEventRow, account: AccountToRedact): AuditEventRow | null {
  const label = deletedAccountLabel(account.accountId);
  const isAddress = (value: unknown) =>
    typeof value === "string" && value.toLowerCase() === account.email.toLowerCase();
  const actorEmail = row.actorId === account.accountId || isAddress(row.actorEmail) ? label : row.actorEmail;
  const resourceName = isAddress(row.resourceName) ? label : row.resourceName;
  const details = row.details
    ? Object.fromEntries(Object.entries(row.details).map(([key, value]) => [key, isAddress(value) ? label : value]))
    : row.details;
  const changed =
    actorEmail !== row.actorEmail ||
    resourceName !== row.resourceName ||
    Object.keys(details ?? {}).some((key) => details?.[key] !== row.details?.[key]);
  return changed ? { ...row, actorEmail, resourceName, details } : null;
}

/** Storage keys of the redacted rows' hashes, in `seq` order (zero-padded, so a range is a key range). */
export function redactedHashKey(seq: number): string {
  return `redacted:${String(seq).padStart(16, "0")}`;
}
