// The daily audit archive: each UTC day that has ended becomes one NDJSON object in R2 (the AUDIT_ARCHIVE
// bucket, protocol/audit-archive.ts has the format), and `audit/head.json` remembers the chain head it
// reached. The cron runs this every few minutes; it does nothing until a day has ended, and a run cut short
// writes the same objects again (a day's content is fixed by the head it starts from), so it is idempotent.
// Retention (purge-audit-events.ts) deletes from D1 only what an archive holds.
import { ARCHIVE_FORMAT, type ArchivedEvent, archiveLine } from "../../protocol/audit-archive";
import type { ChainLink } from "../../protocol/audit-chain";
import { ArchiveObjectWriter } from "../audit/archive-object";
import { firstSealedEvent, lastSealedSeqBefore, sealedEventsBetween } from "../db/audit-archive";
import { openDatabase } from "../db/client";
import type { AuditEventRow } from "../db/schema";

const DAY_MS = 86_400_000;
const PAGE = 1000;
/** Days one run may write: a deployment that switched archiving on late catches up over a few runs. */
const DAYS_PER_RUN = 7;
export const ARCHIVE_HEAD_KEY = "audit/head.json";
export const archiveDayKey = (day: string) => `audit/${day}.ndjson`;

/** What audit/head.json holds: the last archived day and the chain link it ended on. */
export interface ArchiveHead extends ChainLink {
  day: string;
}

const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function archivedEvent(row: AuditEventRow): ArchivedEvent {
  return {
    seq: row.seq,
    id: row.id,
    at: row.at.toISOString(),
    action: row.action,
    result: row.result,
    resourceType: row.resourceType,
    resourceId: row.resourceId,
    resourceName: row.resourceName,
    ownerId: row.ownerId,
    actorId: row.actorId,
    actorEmail: row.actorEmail,
    ip: row.ip,
    country: row.country,
    city: row.city,
    device: row.device,
    userAgent: row.userAgent,
    details: row.details,
    prevHash: row.prevHash ?? "",
    hash: row.hash ?? "",
  };
}

export async function readArchiveHead(bucket: R2Bucket): Promise<ArchiveHead | null> {
  const object = await bucket.get(ARCHIVE_HEAD_KEY);
  return object ? await object.json<ArchiveHead>() : null;
}

/** Writes one day: the events after `after` up to the last sealed one that happened before the day's end. */
async function archiveDay(env: Env, bucket: R2Bucket, day: string, after: ChainLink): Promise<ArchiveHead> {
  const db = openDatabase(env.DB);
  const end = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS);
  const through = (await lastSealedSeqBefore(db, after.seq, end)) ?? after.seq;
  const writer = new ArchiveObjectWriter(bucket, archiveDayKey(day), {
    httpMetadata: { contentType: "application/x-ndjson" },
  });
  let link: ChainLink = { seq: after.seq, hash: after.hash };
  let count = 0;
  try {
    await writer.write(archiveLine({ format: ARCHIVE_FORMAT, day, after: link }));
    for (;;) {
      const rows = await sealedEventsBetween(db, link.seq, through, PAGE);
      for (const row of rows) {
        await writer.write(archiveLine(archivedEvent(row)));
        link = { seq: row.seq, hash: row.hash ?? "" };
      }
      count += rows.length;
      if (rows.length < PAGE) break;
    }
    await writer.write(archiveLine({ head: link, events: count }));
    await writer.finish();
  } catch (error) {
    await writer.abort();
    throw error;
  }
  const head: ArchiveHead = { day, seq: link.seq, hash: link.hash };
  await bucket.put(ARCHIVE_HEAD_KEY, JSON.stringify(head), { httpMetadata: { contentType: "application/json" } });
  return head;
}

/** Archives every ended day not archived yet (at most DAYS_PER_RUN); answers the days written. */
export async function archiveAuditDays(env: Env, now = Date.now()): Promise<string[]> {
  const bucket: R2Bucket | undefined = env.AUDIT_ARCHIVE;
  if (!bucket) return [];
  let head = await readArchiveHead(bucket);
  if (!head) {
    const first = await firstSealedEvent(openDatabase(env.DB));
    if (!first?.prevHash) return [];
    // The first archive continues from whatever came before (the genesis, or a purge's checkpoint).
    const day = dayOf(first.at.getTime() - DAY_MS);
    head = { day, seq: first.seq - 1, hash: first.prevHash };
  }
  const written: string[] = [];
  for (let start = Date.parse(`${head.day}T00:00:00Z`) + DAY_MS; start + DAY_MS <= now; start += DAY_MS) {
    if (written.length === DAYS_PER_RUN) break;
    head = await archiveDay(env, bucket, dayOf(start), head);
    written.push(head.day);
  }
  return written;
}
