// One SecretVault per secret holds its ciphertext and decides, alone, who gets it. Each decision runs in
// one synchronous storage transaction, so racing reveals are served one after another and exactly
// `maxViews` of them win. The same transaction writes the audit events of the decision into this
// object's storage; deliverToD1 then brings D1 (metadata and events, in one batch) up to date, off the
// reveal's path, retrying by alarm until it succeeds. Only then may an ended vault delete itself.
import { DurableObject } from "cloudflare:workers";
import { decodeBase64Url, encodeBase64Url } from "../../protocol/base64url";
import type { SecretStatus } from "../../protocol/enums";
import { sha256 } from "../../protocol/envelope";
import { MAX_WRONG_PROOFS } from "../../protocol/limits";
import { auditLedger } from "../audit/audit-ledger";
import type { AuditDetails, AuditEventInput } from "../audit/record-audit-event";
import type { RequestContext } from "../audit/request-context";
import { deliverVaultChanges } from "./deliver-vault-changes";
import { checkKey, proofMatches } from "./key-check";
import { hasQueuedMail, queueMail, sendQueuedMail } from "./vault-mail";
import type {
  BurnOutcome,
  Ended,
  PeekOutcome,
  PresentedProofs,
  RevealOutcome,
  VaultDeposit,
  VaultState,
  Viewer,
} from "./vault-types";

const MAX_RETRY_DELAY_MS = 3_600_000;

export class SecretVault extends DurableObject<Env> {
  private get kv() {
    return this.ctx.storage.kv;
  }

  private state(): VaultState | undefined {
    return this.kv.get<VaultState>("state");
  }

  async deposit(deposit: VaultDeposit): Promise<void> {
    const { ciphertext, ...rest } = deposit;
    this.ctx.storage.transactionSync(() => {
      if (this.state()) throw new Error("vault already holds a secret");
      this.kv.put("ciphertext", ciphertext);
      const state: VaultState = {
        ...rest,
        status: "active",
        views: 0,
        viewedAt: null,
        endedAt: null,
        wrongProofs: 0,
        version: 0,
      };
      this.kv.put("state", state);
      this.kv.put("delivered", 0);
    });
    await this.ctx.storage.setAlarm(deposit.expiresAt);
  }

  /** Undoes a deposit whose D1 record could not be written. */
  async discard(): Promise<void> {
    await this.ctx.storage.deleteAll();
  }

  async peek(): Promise<PeekOutcome> {
    const outcome = this.ctx.storage.transactionSync((): PeekOutcome => {
      const state = this.liveState(Date.now());
      if (state.kind !== "live") return state;
      const { expiresAt, maxViews, views, kdf, requireLogin } = state.value;
      return { kind: "active", expiresAt, remainingViews: maxViews - views, kdf, requireLogin };
    });
    // A peek changes nothing unless it found the secret past its time and ended it.
    if (outcome.kind === "expired") await this.deliverToD1();
    return outcome;
  }

  async reveal(
    proofs: { proof: string; keyProof: string | null },
    viewer: Viewer,
    context: RequestContext,
  ): Promise<RevealOutcome> {
    // Hashing is async, so it happens before the transaction; everything after it is one synchronous step.
    const presented: PresentedProofs = {
      proofHash: await sha256(decodeBase64Url(proofs.proof)),
      keyProofHash: proofs.keyProof === null ? null : await sha256(decodeBase64Url(proofs.keyProof)),
    };
    const outcome = this.ctx.storage.transactionSync(() => this.consume(presented, viewer, context, Date.now()));
    // Delivery to D1 (and mail) runs as its own event, an alarm due now, after this answer has gone out:
    // the reveal waits for nothing but its own storage writes, and a failed delivery retries by itself.
    if (this.hasUndelivered()) await this.ctx.storage.setAlarm(Date.now());
    return outcome;
  }

  async burn(actor: Viewer, context: RequestContext): Promise<BurnOutcome> {
    const outcome = this.ctx.storage.transactionSync((): BurnOutcome => {
      const state = this.liveState(Date.now());
      if (state.kind !== "live") return state;
      this.end(state.value, "burned", Date.now(), { action: "burn", actor, context, details: { reason: "owner" } });
      return { kind: "burned" };
    });
    // The owner is waiting on this burn: deliver now so the dashboard reads Burned when the answer arrives.
    await this.deliverToD1();
    return outcome;
  }

  /** For the cron: ends the secret if it is past its time, as the alarm would have. */
  async expireIfDue(): Promise<"absent" | "present"> {
    const state = this.ctx.storage.transactionSync(() => this.liveState(Date.now()));
    await this.deliverToD1();
    return state.kind === "absent" ? "absent" : "present";
  }

  override async alarm(): Promise<void> {
    this.ctx.storage.transactionSync(() => this.liveState(Date.now()));
    await this.deliverToD1();
  }

  /** Reads the state, ending it first when its time is up: reads never wait for the alarm. */
  private liveState(now: number): Ended | { kind: "live"; value: VaultState } {
    const state = this.state();
    if (!state) return { kind: "absent" };
    if (state.status === "active" && now >= state.expiresAt) {
      this.end(state, "expired", state.expiresAt, { action: "expire", at: state.expiresAt });
      if (state.notifyEmail && state.views === 0) {
        queueMail(this.kv, { kind: "expired", to: state.notifyEmail, secretName: state.name, at: state.expiresAt });
      }
    }
    if (state.status === "expired") return { kind: "expired" };
    if (state.status !== "active") return { kind: "gone" };
    return { kind: "live", value: state };
  }

  /**
   * PROTOCOL 2.1, in order: a caller without the key learns nothing and spends nothing; the key's holder
   * is then held to the recipient rules (and the owner hears of it); only then does a wrong passphrase
   * count toward the five that burn the secret.
   */
  private consume(presented: PresentedProofs, viewer: Viewer, context: RequestContext, now: number): RevealOutcome {
    const live = this.liveState(now);
    if (live.kind !== "live") return live;
    const state = live.value;
    const key = checkKey(state, presented);
    const attempts = { attemptsRemaining: MAX_WRONG_PROOFS - state.wrongProofs };
    if (key === "wrong") {
      this.recordFailure(state, viewer, context, { reason: "invalid_link" });
      return { kind: "invalid_link", ...attempts };
    }
    const refusal = this.recipientRefusal(state, viewer);
    if (refusal) {
      // A holder of the full link was turned away: the owner learns that the link reached someone else.
      // For an older passphrase secret the key cannot be checked alone, so only a full proof says so.
      if (key === "right" || proofMatches(state, presented))
        this.recordFailure(state, viewer, context, { reason: refusal });
      return { kind: refusal };
    }
    if (!proofMatches(state, presented)) {
      state.wrongProofs += 1;
      const attemptsRemaining = MAX_WRONG_PROOFS - state.wrongProofs;
      this.recordFailure(state, viewer, context, { reason: "incorrect_passphrase", attemptsRemaining });
      if (attemptsRemaining === 0) {
        this.end(state, "burned", now, {
          action: "burn",
          actor: viewer,
          context,
          details: { reason: "too many wrong passphrases" },
        });
      } else {
        this.kv.put("state", state); // the count lives here, exactly; D1 hears of it through the event
      }
      return { kind: "incorrect_passphrase", attemptsRemaining };
    }
    const ciphertext = this.kv.get<Uint8Array>("ciphertext");
    if (!ciphertext) throw new Error("active vault without ciphertext");
    state.views += 1;
    state.viewedAt = now;
    const remainingViews = state.maxViews - state.views;
    const view: Partial<AuditEventInput> = { action: "view", actor: viewer, context, details: { remainingViews } };
    if (remainingViews === 0) this.end(state, "viewed", now, view);
    else this.save(state, view);
    if (state.notifyEmail) {
      const { city, country, device } = context;
      const notice = {
        secretName: state.name,
        at: now,
        viewerEmail: viewer?.email ?? null,
        viewerVerified: viewer?.emailVerified ?? false,
        city,
        country,
        device,
        remainingViews,
      };
      queueMail(this.kv, { kind: "viewed", to: state.notifyEmail, notice });
    }
    return { kind: "revealed", ciphertext: encodeBase64Url(ciphertext), viewedAt: now, remainingViews };
  }

  private recipientRefusal(
    state: VaultState,
    viewer: Viewer,
  ): "login_required" | "not_recipient" | "email_unverified" | null {
    if (state.requireLogin && !viewer) return "login_required";
    if (state.onlyFor && viewer?.email !== state.onlyFor) return "not_recipient";
    // Anyone can sign up with the recipient's address; only its proven owner is the recipient.
    if (state.onlyFor && !viewer?.emailVerified) return "email_unverified";
    return null;
  }

  private recordFailure(state: VaultState, actor: Viewer, context: RequestContext, details: AuditDetails): void {
    this.record(state, { action: "reveal_failed", result: "failure", actor, context, details });
  }

  /** The ciphertext leaves storage in the same transaction that ends the secret. */
  private end(state: VaultState, status: Exclude<SecretStatus, "active">, at: number, event: Partial<AuditEventInput>) {
    this.kv.delete("ciphertext");
    state.status = status;
    state.endedAt = at;
    this.save(state, event);
  }

  private save(state: VaultState, event: Partial<AuditEventInput>): void {
    state.version += 1;
    this.kv.put("state", state);
    this.record(state, event);
  }

  /** Queues an audit event in this object's storage, inside the caller's transaction. */
  private record(state: VaultState, event: Omit<Partial<AuditEventInput>, "resourceType">): void {
    const next = (this.kv.get<number>("nextEvent") ?? 0) + 1;
    this.kv.put("nextEvent", next);
    const full: AuditEventInput = {
      action: "view",
      resourceType: "secret",
      resourceId: state.id,
      resourceName: state.name,
      ownerId: state.ownerId,
      at: Date.now(),
      ...event,
    };
    this.kv.put(`event:${String(next).padStart(10, "0")}`, full);
  }

  /** D1 first (metadata and events), then queued mail, whose outcomes are events to deliver in turn. */
  private async deliverToD1(): Promise<void> {
    if (!(await this.deliverRecords())) return;
    const state = this.state();
    if (state && hasQueuedMail(this.kv)) {
      const { events, retry } = await sendQueuedMail(this.env, this.kv, { id: state.ownerId, origin: state.origin });
      for (const event of events) this.record(state, event);
      if (retry) await this.retryLater();
      if (events.length > 0 && !(await this.deliverRecords())) return;
    }
    await this.settle();
  }

  /** Delivers the metadata snapshot and queued events in one D1 batch; false (and a retry alarm) on failure. */
  private async deliverRecords(): Promise<boolean> {
    const state = this.state();
    if (!state) return false;
    const events = [...this.kv.list<AuditEventInput>({ prefix: "event:" })];
    const delivered = this.kv.get<number>("delivered") ?? 0;
    if (state.version <= delivered && events.length === 0) return true;
    try {
      await deliverVaultChanges(
        this.env,
        state.version > delivered ? state : null,
        events.map(([, event]) => event),
      );
    } catch {
      await this.retryLater();
      return false;
    }
    for (const [key] of events) this.kv.delete(key);
    this.kv.put("delivered", Math.max(state.version, this.kv.get<number>("delivered") ?? 0));
    this.kv.delete("deliveryAttempts");
    this.ctx.waitUntil(
      auditLedger(this.env)
        .seal()
        .catch(() => undefined),
    );
    return true;
  }

  private async retryLater(): Promise<void> {
    const attempts = (this.kv.get<number>("deliveryAttempts") ?? 0) + 1;
    this.kv.put("deliveryAttempts", attempts);
    await this.ctx.storage.setAlarm(Date.now() + Math.min(1000 * 2 ** attempts, MAX_RETRY_DELAY_MS));
  }

  /** An ended vault with nothing left to deliver deletes everything, alarm included; a live one keeps its expiry alarm. */
  private async settle(): Promise<void> {
    const current = this.state();
    if (!current) return;
    if (current.status !== "active" && !this.hasUndelivered()) {
      await this.ctx.storage.deleteAll();
    } else if ((await this.ctx.storage.getAlarm()) === null) {
      // Live: wake at expiry. Ended but with mail still queued: a retry is already set, or set one now.
      await this.ctx.storage.setAlarm(current.status === "active" ? current.expiresAt : Date.now() + 60_000);
    }
  }

  private hasUndelivered(): boolean {
    const state = this.state();
    if (!state) return false;
    if (state.version > (this.kv.get<number>("delivered") ?? 0) || hasQueuedMail(this.kv)) return true;
    for (const _ of this.kv.list({ prefix: "event:", limit: 1 })) return true;
    return false;
  }
}
