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
import { openDatabase } from "../db/client";
import type { AuditEventRow } from "../db/schema";
import { meteredEnv } from "../dev/storage-meter";
import { type ChainLink, chainHash, GENESIS_HASH } from "./hash-chain";

const SEAL_BATCH = 200;
const RETRY_MS = 30_000;
/** How long a change waits for its seal: every change in that second shares one pass. */
export const SEAL_DELAY_MS = 1_000;
/** The stored count of seal passes run, so tests and operators can see how much sealing a burst cost. */
export const SEAL_PASSES_KEY = "sealPasses";

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
    await this.seal(); // on failure it has set the next alarm itself
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
    if (row.hash !== (await chainHash(previous.hash, row))) return "this event was changed after it was recorded";
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
    return deleteEventsThrough(this.db, last);
  }
}

export function auditLedger(env: Env) {
  return env.AUDIT_LEDGER.get(env.AUDIT_LEDGER.idFromName("deployment"));
}
