// Vaults deployed before the outbox kept two queues: audit events under `event:NNNNNNNNNN` (counter
// `nextEvent`) and mail under `mail:NNNNNNNNNN` (counter `nextMail`). Such a vault may still be holding
// undelivered messages. We migrate on first touch rather than keep reading the old keys, so the delivery
// code knows one layout only: the outbox calls this before it reads or writes its queue. `delivered` and
// `deliveryAttempts` kept their names and meaning, so they need nothing.
import type { AuditEventInput } from "../audit/commit-with-audit";
import { enqueue } from "./outbox-queue";
import type { NewMail } from "./vault-mail";

type OldQueuedMail = NewMail & { attempts: number };

/** Plain synchronous writes with no await between them: they commit together, or not at all. */
export function adoptOldLayout(kv: SyncKvStorage): void {
  // The counters outlive the messages they numbered, so their absence means there is nothing old here.
  if (kv.get("nextEvent") === undefined && kv.get("nextMail") === undefined) return;
  // Events first: delivery sends D1 its events before any mail, so this keeps the order they would have had.
  for (const [key, event] of [...kv.list<AuditEventInput>({ prefix: "event:" })]) {
    enqueue(kv, { kind: "event", ...event });
    kv.delete(key);
  }
  for (const [key, { attempts, ...mail }] of [...kv.list<OldQueuedMail>({ prefix: "mail:" })]) {
    enqueue(kv, { kind: "mail", mail, attempts });
    kv.delete(key);
  }
  kv.delete("nextEvent");
  kv.delete("nextMail");
}
