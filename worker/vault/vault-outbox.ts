// A vault's outbox: what its decisions must still tell the world, and the telling. SecretVault puts
// messages in (audit events, mail) inside the transaction of each decision; deliver() then brings D1 up
// to date (the metadata snapshot and the events, in one batch), sends the mail, whose outcomes are events
// delivered in turn, retries by alarm with backoff, and lets an ended vault delete itself once nothing is
// left undelivered.
import { auditLedger } from "../audit/audit-ledger";
import { type AuditEventInput, newAuditEventId } from "../audit/commit-with-audit";
import { noticeChange } from "../feed/feed-notice";
import { deliverVaultChanges } from "./deliver-vault-changes";
import { adoptOldLayout } from "./outbox-old-layout";
import { enqueue, hasQueuedMessages, queuedMessages } from "./outbox-queue";
import { type NewMail, trySendMail } from "./vault-mail";
import type { VaultEvent, VaultState } from "./vault-types";

const MAX_RETRY_DELAY_MS = 3_600_000;
/** The snapshot version D1 holds; D1 is in step once it has caught up with the state's `version`. */
const DELIVERED = "delivered";
const ATTEMPTS = "deliveryAttempts";

export class VaultOutbox {
  /** `env` is read on each use, not kept: a vault's settings may change between deliveries (tests do). */
  constructor(
    private readonly ctx: DurableObjectState,
    private readonly env: () => Env,
    private readonly state: () => VaultState | undefined,
    /** Files still downloadable after the end (vault-files.ts): the vault deletes itself only after this. */
    private readonly holdUntil: () => number | null = () => null,
  ) {}

  private get kv() {
    return this.ctx.storage.kv;
  }

  /** For a new deposit: D1 already holds version 0, since the route wrote the row before depositing. */
  open(): void {
    this.kv.put(DELIVERED, 0);
  }

  /** Queues an audit event about this secret, inside the caller's transaction. */
  record(state: VaultState, event: VaultEvent): void {
    adoptOldLayout(this.kv);
    const full: AuditEventInput = {
      // Named now, in the decision's transaction: a redelivery after a crash carries the same id, and D1 keeps one.
      id: newAuditEventId(),
      resourceType: "secret",
      resourceId: state.id,
      resourceName: state.name,
      ownerId: state.ownerId,
      at: Date.now(),
      ...event,
    };
    enqueue(this.kv, { kind: "event", ...full });
  }

  /** Queues a mail, inside the caller's transaction. */
  queueMail(mail: NewMail): void {
    adoptOldLayout(this.kv);
    enqueue(this.kv, { kind: "mail", mail, attempts: 0 });
  }

  hasUndelivered(): boolean {
    adoptOldLayout(this.kv);
    const state = this.state();
    if (!state) return false;
    return state.version > (this.kv.get<number>(DELIVERED) ?? 0) || hasQueuedMessages(this.kv);
  }

  /** D1 first (metadata and events), then queued mail, whose outcomes are events to deliver in turn. */
  async deliver(): Promise<void> {
    adoptOldLayout(this.kv);
    if (!(await this.deliverRecords())) return;
    if (queuedMessages(this.kv, "mail").length > 0) {
      const recorded = await this.sendMail();
      if (recorded && !(await this.deliverRecords())) return;
    }
    await this.settle();
  }

  /** Delivers the metadata snapshot and queued events in one D1 batch; false (and a retry alarm) on failure. */
  private async deliverRecords(): Promise<boolean> {
    const state = this.state();
    if (!state) return false;
    const events = queuedMessages(this.kv, "event");
    const delivered = this.kv.get<number>(DELIVERED) ?? 0;
    if (state.version <= delivered && events.length === 0) return true;
    try {
      await deliverVaultChanges(
        this.env(),
        state.version > delivered ? state : null,
        events.map(([, { kind: _, ...event }]) => event),
      );
    } catch {
      await this.retryLater();
      return false;
    }
    for (const [key] of events) this.kv.delete(key);
    // Another delivery may have run during the await; `delivered` never goes back.
    this.kv.put(DELIVERED, Math.max(state.version, this.kv.get<number>(DELIVERED) ?? 0));
    this.kv.delete(ATTEMPTS);
    this.ctx.waitUntil(
      auditLedger(this.env())
        .sealSoon()
        .catch(() => undefined),
    );
    // D1 now shows the new status or view count: the owner's open dashboards refetch it. Events alone (a
    // wrong passphrase, a mail's outcome) change nothing the dashboard shows.
    if (state.version > delivered) this.ctx.waitUntil(noticeChange(this.env(), state.ownerId));
    return true;
  }

  /** Tries each queued mail once; answers whether any outcome was recorded, to be delivered in turn. */
  private async sendMail(): Promise<boolean> {
    const state = this.state();
    if (!state) return false;
    let recorded = false;
    let retry = false;
    for (const [key, message] of queuedMessages(this.kv, "mail")) {
      const owner = { id: state.ownerId, origin: state.origin };
      const attempt = await trySendMail(this.env(), message.mail, message.attempts, owner);
      if (attempt === "retry" || attempt === "wait") {
        if (attempt === "retry") this.kv.put(key, { ...message, attempts: message.attempts + 1 });
        retry = true;
      } else {
        // Done with, either way: the message leaves the queue as its outcome enters it.
        this.kv.delete(key);
        this.record(state, attempt.done);
        recorded = true;
      }
    }
    if (retry) await this.retryLater();
    return recorded;
  }

  private async retryLater(): Promise<void> {
    const attempts = (this.kv.get<number>(ATTEMPTS) ?? 0) + 1;
    this.kv.put(ATTEMPTS, attempts);
    await this.ctx.storage.setAlarm(Date.now() + Math.min(1000 * 2 ** attempts, MAX_RETRY_DELAY_MS));
  }

  /** An ended vault with nothing left to deliver deletes everything, alarm included; a live one keeps its expiry alarm. */
  private async settle(): Promise<void> {
    const current = this.state();
    if (!current) return;
    const hold = this.holdUntil();
    if (current.status !== "active" && !this.hasUndelivered() && hold !== null && hold > Date.now()) {
      await this.ctx.storage.setAlarm(hold);
    } else if (current.status !== "active" && !this.hasUndelivered()) {
      await this.ctx.storage.deleteAll();
    } else if ((await this.ctx.storage.getAlarm()) === null) {
      // Live: wake at expiry. Ended but with mail still queued: a retry is already set, or set one now.
      await this.ctx.storage.setAlarm(current.status === "active" ? current.expiresAt : Date.now() + 60_000);
    }
  }
}
