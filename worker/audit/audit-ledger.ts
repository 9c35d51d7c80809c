// One AuditLedger per deployment seals audit events into the hash chain. Events are inserted into D1 by
// whoever records them, in any number of places at once; this single object walks them in `seq` order
// and writes prev_hash/hash, so the chain can never fork. Changes only ask it to seal soon: one alarm, at
// most once a second, seals everything pending in one pass. It also verifies the chain and purges it.
import { DurableObject } from "cloudflare:workers";
import type { AuditChainReport } from "../../protocol/api";
import {
  countEventsAfter,
  deleteEventsThrough,
  eventAt,
  eventsAfter,
  eventsBetween,
  firstSeqSince,
  linkBefore,
  writeLinks,
} from "../db/audit-chain";
import { eventsNamingAccount, writeRedactedRows } from "../db/audit-redaction";
import { openDatabase } from "../db/client";
import type { AuditEventRow } from "../db/schema";
import { meteredEnv } from "../dev/storage-meter";
import { wakeWebhookSenders } from "../webhooks/wake-webhook-senders";
import { type ChainLink, chainHash, GENESIS_HASH } from "./hash-chain";
import { type AccountToRedact, redactAccountFromRow, redactedHashKey } from "./redact-account";

const SEAL_BATCH = 200;
const RETRY_MS = 30_000;
/** How long a change waits for its seal: every change in that second shares one pass. */
export const SEAL_DELAY_MS = 1_000;
/** The stored count of seal passes run, so tests and operators can see how much sealing a burst cost. */
export const SEAL_PASSES_KEY = "sealPasses";
/** Deleted accounts whose address is still being erased from the log; kept until done, so an alarm resumes. */
const REDACTIONS_KEY = "pendingRedactions";

export class AuditLedger extends DurableObject<Env> {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(ctx: DurableObjectState, env: Env) {
    super(ctx, meteredEnv(env)); // its seal passes count too (dev/storage-meter.ts)
  }

  private get db() {
    return openDatabase(this.env.DB);
  }

  /** The last sealed link, and the checkpoint the retention purge left (where verification starts). */
  private head(): ChainLink {
    return this.ctx.storage.kv.get<ChainLink>("head") ?? this.checkpoint();
  }

  private checkpoint(): ChainLink {
    return this.ctx.storage.kv.get<ChainLink>("checkpoint") ?? { seq: 0, hash: GENESIS_HASH };
  }

  /**
   * Seals everything inserted so far; null when D1 failed, in which case the alarm tries again. Calls
   * queue behind each other: their D1 awaits would otherwise interleave.
   */
  seal(): Promise<number | null> {
    const run = this.queue.then(() => this.sealPending());
    this.queue = run.catch(() => undefined);
    return run.catch(async () => {
      await this.ctx.storage.setAlarm(Date.now() + RETRY_MS);
      return null;
    });
  }

  /**
   * What every change calls: seal within about a second. If an alarm is already pending it covers this
   * change too, so nothing more happens; no D1 statement runs here. While an alarm runs, getAlarm() answers
   * null (documented), so a change that lands during a pass sets the next alarm and is never left behind.
   */
  async sealSoon(): Promise<void> {
    if ((await this.ctx.storage.getAlarm()) !== null) return;
    await this.ctx.storage.setAlarm(Date.now() + SEAL_DELAY_MS);
  }

  override async alarm(): Promise<void> {
    // on failure it has set the next alarm itself; the events it sealed may have queued webhook deliveries
    if (((await this.seal()) ?? 0) > 0) await wakeWebhookSenders(this.env).catch(() => undefined);
    if (this.redactionsPending()) await this.redactPending();
  }

  /**
   * Account deletion (accounts/delete-account.ts): erases the address from every sealed event that names
   * the account (audit/redact-account.ts says how the chain stays verifiable). The job is stored first, so
   * if D1 fails midway the alarm finishes it; answers how many events were redacted in this call.
   */
  async redactAccount(account: AccountToRedact): Promise<number> {
    const kv = this.ctx.storage.kv;
    kv.put(REDACTIONS_KEY, [...(kv.get<AccountToRedact[]>(REDACTIONS_KEY) ?? []), account]);
    const redacted = await this.redactPending();
    if (redacted === null) throw new Error("audit redaction did not finish; the ledger's alarm retries it");
    return redacted;
  }

  private redactionsPending(): boolean {
    return (this.ctx.storage.kv.get<AccountToRedact[]>(REDACTIONS_KEY) ?? []).length > 0;
  }

  /** Runs the stored redaction jobs behind any seal in progress; null when D1 failed (retried by alarm). */
  private redactPending(): Promise<number | null> {
    const run = this.queue.then(async () => {
      await this.sealPending(); // every event recorded so far is sealed, so each is checked before redaction
      let total = 0;
      for (;;) {
        const [job, ...rest] = this.ctx.storage.kv.get<AccountToRedact[]>(REDACTIONS_KEY) ?? [];
        if (!job) return total;
        total += await this.redactSealedEvents(job);
        this.ctx.storage.kv.put(REDACTIONS_KEY, rest);
      }
    });
    this.queue = run.catch(() => undefined);
    return run.catch(async () => {
      await this.ctx.storage.setAlarm(Date.now() + RETRY_MS);
      return null;
    });
  }

  private async redactSealedEvents(account: AccountToRedact): Promise<number> {
    const head = this.head();
    let after = this.checkpoint().seq;
    let redacted = 0;
    for (;;) {
      const rows = await eventsNamingAccount(this.db, account.accountId, after, head.seq, SEAL_BATCH);
      const changed: AuditEventRow[] = [];
      for (const row of rows) {
        const next = redactAccountFromRow(row, account);
        // A row that no longer matches its seal is left as it is: redacting it would hide the tampering.
        if (!next || !row.prevHash || !(await this.matchesSeal(row, row.prevHash))) continue;
        this.ctx.storage.kv.put(redactedHashKey(row.seq), await chainHash(row.prevHash, next));
        changed.push(next);
      }
      await writeRedactedRows(this.env.DB, changed);
      redacted += changed.length;
      const last = rows.at(-1);
      if (!last || rows.length < SEAL_BATCH) return redacted;
      after = last.seq;
    }
  }

  /** The row's hash is the one it was sealed with, or the one its redaction left. */
  private async matchesSeal(row: AuditEventRow, prevHash: string): Promise<boolean> {
    const hash = await chainHash(prevHash, row);
    return hash === row.hash || hash === this.ctx.storage.kv.get<string>(redactedHashKey(row.seq));
  }

  private async sealPending(): Promise<number> {
    const kv = this.ctx.storage.kv;
    kv.put(SEAL_PASSES_KEY, (kv.get<number>(SEAL_PASSES_KEY) ?? 0) + 1);
    let sealed = 0;
    for (;;) {
      let head = this.head();
      const rows = await eventsAfter(this.db, head.seq, SEAL_BATCH);
      if (rows.length === 0) return sealed;
      const links: { s: number; p: string; h: string }[] = [];
      for (const row of rows) {
        const hash = await chainHash(head.hash, row);
        links.push({ s: row.seq, p: head.hash, h: hash });
        head = { seq: row.seq, hash };
      }
      await writeLinks(this.env.DB, links); // one statement for the whole batch
      this.ctx.storage.kv.put("head", head);
      sealed += rows.length;
      if (rows.length < SEAL_BATCH) return sealed;
    }
  }

  /**
   * Checks up to `limit` sealed events from `from` (default: the start), link by link. It seals what is
   * pending first (an admin's check covers everything recorded until it was asked); `pending` counts the
   * events that arrived since, not yet sealed.
   */
  async verify(from: number | null, limit: number): Promise<AuditChainReport> {
    await this.seal();
    if (this.redactionsPending()) await this.redactPending();
    const head = this.head();
    const checkpoint = this.checkpoint();
    const start = from ?? checkpoint.seq + 1;
    let previous = start <= checkpoint.seq + 1 ? checkpoint : await this.linkBefore(start);
    const rows = await eventsBetween(this.db, start, head.seq, limit);
    const unsealed = await countEventsAfter(this.db, head.seq);
    const report = (firstBroken: AuditChainReport["firstBroken"], next: number | null): AuditChainReport => ({
      intact: firstBroken === null,
      checked: rows.length,
      pending: unsealed,
      firstBroken,
      next,
    });
    for (const row of rows) {
      const problem = await this.problemWith(row, previous);
      if (problem) return report({ seq: row.seq, id: row.id, reason: problem }, null);
      previous = { seq: row.seq, hash: row.hash ?? "" };
    }
    if (rows.length === limit && previous.seq < head.seq) return report(null, previous.seq + 1);
    // The end of the chain must be the head this object remembers: deleting the newest rows shows here.
    if (previous.seq !== head.seq || previous.hash !== head.hash) {
      return report({ seq: previous.seq, id: rows.at(-1)?.id ?? "", reason: "the newest events are missing" }, null);
    }
    return report(null, null);
  }

  private async problemWith(row: AuditEventRow, previous: ChainLink): Promise<string | null> {
    if (row.prevHash !== previous.hash) return "an event before this one was removed or changed";
    if (!(await this.matchesSeal(row, previous.hash))) return "this event was changed after it was recorded";
    return null;
  }

  private async linkBefore(seq: number): Promise<ChainLink> {
    const row = await linkBefore(this.db, seq);
    return row ? { seq: row.seq, hash: row.hash ?? "" } : this.checkpoint();
  }

  /**
   * Retention: deletes the sealed prefix older than `cutoff`, keeping its last link as the new anchor; never
   * past `archivedThrough` when given (the last `seq` the R2 archive holds), so nothing leaves unarchived.
   */
  async purgeBefore(cutoff: number, archivedThrough?: number): Promise<number> {
    if ((await this.seal()) === null) return 0;
    const head = this.head();
    const firstKept = await firstSeqSince(this.db, new Date(cutoff));
    const last = Math.min((firstKept ?? head.seq + 1) - 1, head.seq, archivedThrough ?? head.seq);
    if (last <= this.checkpoint().seq) return 0;
    const anchor = await eventAt(this.db, last);
    if (!anchor?.hash) return 0;
    this.ctx.storage.kv.put("checkpoint", { seq: last, hash: anchor.hash });
    const deleted = await deleteEventsThrough(this.db, last);
    // The purged events' redactions go with them: nothing is left for them to vouch for.
    for (const [key] of this.ctx.storage.kv.list({ prefix: "redacted:", end: redactedHashKey(last + 1) })) {
      this.ctx.storage.kv.delete(key);
    }
    return deleted;
  }
}

export function auditLedger(env: Env) {
  return env.AUDIT_LEDGER.get(env.AUDIT_LEDGER.idFromName("deployment"));
}
