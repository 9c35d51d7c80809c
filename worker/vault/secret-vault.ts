// One SecretVault per secret holds its ciphertext and decides, alone, who gets it. Each decision runs in
// one synchronous storage transaction, so racing reveals are served one after another and exactly
// `maxViews` of them win. The same transaction puts the decision's audit events and mail in the vault's
// outbox (vault-outbox.ts), which tells D1 and the mailer afterwards, off the reveal's path.
import { DurableObject } from "cloudflare:workers";
import { decodeBase64Url, encodeBase64Url, randomBytes } from "../../protocol/base64url";
import type { SecretStatus } from "../../protocol/enums";
import { sha256 } from "../../protocol/envelope";
import { MAX_WRONG_PROOFS } from "../../protocol/limits";
import type { AuditDetails } from "../audit/commit-with-audit";
import type { RequestContext } from "../audit/request-context";
import { meteredEnv } from "../dev/storage-meter";
import { checkKey, proofMatches } from "./key-check";
import { type DownloadOutcome, type UploadOutcome, VaultFiles } from "./vault-files";
import type { NewMail } from "./vault-mail";
import { VaultOutbox } from "./vault-outbox";
import type {
  BurnOutcome,
  Ended,
  PeekOutcome,
  PresentedProofs,
  RevealOutcome,
  VaultDeposit,
  VaultEvent,
  VaultState,
  Viewer,
} from "./vault-types";

/** A burn delivers at once; should the process die first, this alarm delivers it after the restart. */
const BURN_DELIVERY_SAFETY_MS = 5_000;

export class SecretVault extends DurableObject<Env> {
  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, meteredEnv(env)); // its outbox's D1 batch and sealSoon count too (dev/storage-meter.ts)
  }

  private readonly files = new VaultFiles(this.ctx);
  private readonly outbox = new VaultOutbox(
    this.ctx,
    () => this.env,
    () => this.state(),
    () => this.files.holdUntil(),
  );

  private get kv() {
    return this.ctx.storage.kv;
  }

  private state(): VaultState | undefined {
    return this.kv.get<VaultState>("state");
  }

  /** `mail`: a notice queued with the deposit itself (a response to a request), sent as soon as it is stored. */
  async deposit(deposit: VaultDeposit, mail?: NewMail): Promise<void> {
    const { ciphertext, files, ...rest } = deposit;
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
      if (files) this.files.open(files.bytes, files.uploadTokenHash);
      this.outbox.open();
      if (mail) this.outbox.queueMail(mail);
    });
    // With a notice queued, the alarm delivers it now; the outbox then sets the expiry alarm (settle).
    await this.ctx.storage.setAlarm(mail ? Date.now() : deposit.expiresAt);
  }

  /** Undoes a deposit whose D1 record could not be written. */
  async discard(): Promise<void> {
    await this.ctx.storage.deleteAll();
  }

  async peek(): Promise<PeekOutcome> {
    const outcome = this.ctx.storage.transactionSync((): PeekOutcome => {
      const state = this.liveState(Date.now());
      if (state.kind !== "live") return state;
      if (this.files.uploading()) return { kind: "uploading" };
      const { expiresAt, maxViews, views, kdf, requireLogin, sender = null } = state.value;
      // `sender` is absent from states deposited before it existed.
      const fileBytes = this.files.state()?.declaredBytes ?? null;
      return { kind: "active", expiresAt, remainingViews: maxViews - views, kdf, requireLogin, sender, fileBytes };
    });
    // A peek changes nothing unless it found the secret past its time and ended it.
    if (outcome.kind === "expired") await this.outbox.deliver();
    return outcome;
  }

  async reveal(
    proofs: { proof: string; keyProof: string | null },
    viewer: Viewer,
    context: RequestContext,
  ): Promise<RevealOutcome> {
    // Hashing is async, so it happens before the transaction; everything after it is one synchronous step.
    const downloadToken = randomBytes(32);
    const presented: PresentedProofs = {
      downloadToken,
      downloadTokenHash: encodeBase64Url(await sha256(downloadToken)),
      proofHash: await sha256(decodeBase64Url(proofs.proof)),
      keyProofHash: proofs.keyProof === null ? null : await sha256(decodeBase64Url(proofs.keyProof)),
    };
    const outcome = this.ctx.storage.transactionSync(() => this.consume(presented, viewer, context, Date.now()));
    // Delivery to D1 (and mail) runs as its own event, an alarm due now, after this answer has gone out:
    // the reveal waits for nothing but its own storage writes, and a failed delivery retries by itself.
    if (this.outbox.hasUndelivered()) await this.ctx.storage.setAlarm(Date.now());
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
    // An alarm first, so a process killed mid-delivery still tells D1 within seconds, not at expiry.
    if (this.outbox.hasUndelivered()) await this.ctx.storage.setAlarm(Date.now() + BURN_DELIVERY_SAFETY_MS);
    await this.outbox.deliver();
    return outcome;
  }

  /** PROTOCOL 2.2: one sealed chunk of the upload, stored only if it is the next one and fits. */
  async putChunk(uploadToken: string, index: number, chunk: Uint8Array<ArrayBuffer>): Promise<Ended | UploadOutcome> {
    const tokenHash = await sha256(decodeBase64Url(uploadToken));
    return this.ctx.storage.transactionSync(() => {
      const live = this.liveState(Date.now());
      return live.kind === "live" ? this.files.put(tokenHash, index, chunk) : live;
    });
  }

  async completeUpload(uploadToken: string): Promise<Ended | UploadOutcome> {
    const tokenHash = await sha256(decodeBase64Url(uploadToken));
    return this.ctx.storage.transactionSync(() => {
      const live = this.liveState(Date.now());
      return live.kind === "live" ? this.files.complete(tokenHash) : live;
    });
  }

  /** A chunk for the holder of a reveal's download token, while its window is open (even after the view). */
  async readChunk(downloadToken: string, index: number): Promise<DownloadOutcome> {
    const tokenHash = await sha256(decodeBase64Url(downloadToken));
    return this.files.read(tokenHash, index, Date.now());
  }

  /** For the cron: ends the secret if it is past its time, as the alarm would have. */
  async expireIfDue(): Promise<"absent" | "present"> {
    const state = this.ctx.storage.transactionSync(() => this.liveState(Date.now()));
    await this.outbox.deliver();
    return state.kind === "absent" ? "absent" : "present";
  }

  override async alarm(): Promise<void> {
    this.ctx.storage.transactionSync(() => this.liveState(Date.now()));
    await this.outbox.deliver();
  }

  /** Reads the state, ending it first when its time is up: reads never wait for the alarm. */
  private liveState(now: number): Ended | { kind: "live"; value: VaultState } {
    const state = this.state();
    if (!state) return { kind: "absent" };
    if (state.status === "active" && now >= state.expiresAt) {
      this.end(state, "expired", state.expiresAt, { action: "expire", at: state.expiresAt });
      if (state.notifyEmail && state.views === 0) {
        this.outbox.queueMail({ kind: "expired", to: state.notifyEmail, secretName: state.name, at: state.expiresAt });
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
    if (this.files.uploading()) return { kind: "uploading" }; // not shareable yet: nothing is counted
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
    const files = this.files.grantDownload(presented.downloadTokenHash, now);
    const view: VaultEvent = { action: "view", actor: viewer, context, details: { remainingViews } };
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
      this.outbox.queueMail({ kind: "viewed", to: state.notifyEmail, notice });
    }
    const download = files && { ...files, token: encodeBase64Url(presented.downloadToken) };
    return {
      kind: "revealed",
      ciphertext: encodeBase64Url(ciphertext),
      viewedAt: now,
      remainingViews,
      files: download,
    };
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
    this.outbox.record(state, { action: "reveal_failed", result: "failure", actor, context, details });
  }

  /** The ciphertext leaves storage in the same transaction that ends the secret. */
  private end(state: VaultState, status: Exclude<SecretStatus, "active">, at: number, event: VaultEvent) {
    this.kv.delete("ciphertext");
    this.files.onEnd(status === "burned", Date.now());
    state.status = status;
    state.endedAt = at;
    this.save(state, event);
  }

  /** Every change D1 must hear of bumps `version` and records the event that explains it. */
  private save(state: VaultState, event: VaultEvent): void {
    state.version += 1;
    this.kv.put("state", state);
    this.outbox.record(state, event);
  }
}
