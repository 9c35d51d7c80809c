// The one sequenced queue a vault keeps in its synchronous storage: everything the rest of the world must
// still hear of, in the order it happened. A message is put in the same transaction as the decision it
// reports, so a decision and its messages land together or not at all.
import type { AuditEventInput } from "../audit/commit-with-audit";
import type { NewMail } from "./vault-mail";

/**
 * `kind` says who must hear of it. Webhooks need no kind of their own: D1's audit trigger queues their
 * deliveries when the events arrive (migrations/0010_webhooks.sql). An event is stored flat
 * (it has no `kind` of its own); mail nests, because a mail already has a `kind` ("viewed", "expired").
 */
type OutboxMessage = EventMessage | MailMessage;
type EventMessage = { kind: "event" } & AuditEventInput;
export type MailMessage = { kind: "mail"; mail: NewMail; attempts: number };
type OutboxKind = OutboxMessage["kind"];

const PREFIX = "outbox:";
const NEXT = "nextMessage";

/** Zero-padded, so the storage's key order is the order the messages were put in. */
function messageKey(sequence: number): string {
  return `${PREFIX}${String(sequence).padStart(10, "0")}`;
}

export function enqueue(kv: SyncKvStorage, message: OutboxMessage): void {
  const next = (kv.get<number>(NEXT) ?? 0) + 1;
  kv.put(NEXT, next);
  kv.put(messageKey(next), message);
}

/** The queued messages of one kind, oldest first, each with the key that removes or rewrites it. */
export function queuedMessages<K extends OutboxKind>(
  kv: SyncKvStorage,
  kind: K,
): [string, Extract<OutboxMessage, { kind: K }>][] {
  const found: [string, Extract<OutboxMessage, { kind: K }>][] = [];
  for (const [key, message] of kv.list<OutboxMessage>({ prefix: PREFIX })) {
    if (isKind(message, kind)) found.push([key, message]);
  }
  return found;
}

export function hasQueuedMessages(kv: SyncKvStorage): boolean {
  for (const _ of kv.list({ prefix: PREFIX, limit: 1 })) return true;
  return false;
}

function isKind<K extends OutboxKind>(message: OutboxMessage, kind: K): message is Extract<OutboxMessage, { kind: K }> {
  return message.kind === kind;
}
