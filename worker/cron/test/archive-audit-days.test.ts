import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { type ArchiveFile, verifyArchives } from "../../../protocol/audit-archive";
import { auditLedger } from "../../audit/audit-ledger";
import { ARCHIVE_HEAD_KEY, archiveAuditDays, archiveDayKey, readArchiveHead } from "../archive-audit-days";
import { purgeOldAuditEvents } from "../purge-audit-events";

const DAY_MS = 86_400_000;
const NOV_1 = Date.parse("2026-11-01T00:00:00Z");
/** Events per day from Nov 1: Nov 2 has none (its archive is empty, and the chain runs through it). */
const PER_DAY = [3, 0, 2, 1];

async function countEvents(): Promise<number> {
  return (await env.DB.prepare("SELECT count(*) AS n FROM audit_events").first<{ n: number }>())?.n ?? 0;
}

async function archive(day: string): Promise<ArchiveFile> {
  const object = await env.AUDIT_ARCHIVE.get(archiveDayKey(day));
  if (!object) throw new Error(`no archive for ${day}`);
  return { name: `${day}.ndjson`, text: await object.text() };
}

/** The same archive with its lines changed by `edit` (lines without the final newline). */
function tampered(file: ArchiveFile, edit: (lines: string[]) => void): ArchiveFile {
  const lines = file.text.trimEnd().split("\n");
  edit(lines);
  return { name: file.name, text: `${lines.join("\n")}\n` };
}

beforeAll(async () => {
  // Real events in D1 (nothing else in this file records any), sealed by the real ledger.
  let n = 0;
  for (const [day, count] of PER_DAY.entries()) {
    for (let i = 0; i < count; i++) {
      n += 1;
      await env.DB.prepare(
        `INSERT INTO audit_events (id, at, action, result, resource_type, resource_id, resource_name, ip, details)
         VALUES (?, ?, 'create', 'success', 'secret', ?, ?, '198.51.100.7', '{"maxViews":1,"mode":"text"}')`,
      )
        .bind(`event-${n}`, NOV_1 + day * DAY_MS + (i + 1) * 3_600_000, `secret-${n}`, `Prod DB ${n}`)
        .run();
    }
  }
  await auditLedger(env).seal();
});

describe("daily audit archive", () => {
  it("writes one NDJSON object per ended day and the chain head, and writes nothing more when run again", async () => {
    const now = NOV_1 + 3 * DAY_MS + 12 * 3_600_000; // Nov 4, noon: Nov 1..3 have ended
    expect(await archiveAuditDays(env, now)).toEqual(["2026-11-01", "2026-11-02", "2026-11-03"]);
    const head = await readArchiveHead(env.AUDIT_ARCHIVE);
    expect(head).toMatchObject({ day: "2026-11-03", seq: 5 });
    const first = await archive("2026-11-01");
    expect(first.text.trimEnd().split("\n")).toHaveLength(1 + 3 + 1); // header, 3 events, trailer
    expect((await archive("2026-11-02")).text.trimEnd().split("\n")).toHaveLength(2);
    // Idempotent: the same run again writes no day twice and leaves the head where it was.
    expect(await archiveAuditDays(env, now)).toEqual([]);
    expect(await readArchiveHead(env.AUDIT_ARCHIVE)).toEqual(head);
    expect((await env.AUDIT_ARCHIVE.head(ARCHIVE_HEAD_KEY))?.httpMetadata?.contentType).toBe("application/json");
  });

  it("verifies offline: the three days chain from one to the next, up to the head", async () => {
    const days = [await archive("2026-11-01"), await archive("2026-11-02"), await archive("2026-11-03")];
    const report = await verifyArchives(days);
    const head = await readArchiveHead(env.AUDIT_ARCHIVE);
    expect(report).toMatchObject({ intact: true, files: 3, events: 5, firstBroken: null });
    expect(report.head).toEqual({ seq: head?.seq, hash: head?.hash });
  });

  it("names the first broken event of an edited, a deleted or a reordered line, and a cut-short archive", async () => {
    const day = await archive("2026-11-01"); // line 1 header, lines 2..4 events 1..3, line 5 trailer
    const edited = tampered(day, (lines) => {
      lines[2] = (lines[2] ?? "").replace("198.51.100.7", "203.0.113.9");
    });
    expect((await verifyArchives([edited])).firstBroken).toEqual({
      file: "2026-11-01.ndjson",
      line: 3,
      seq: 2,
      id: "event-2",
      reason: "this event was changed after it was recorded",
    });
    const deleted = tampered(day, (lines) => lines.splice(2, 1));
    expect((await verifyArchives([deleted])).firstBroken).toMatchObject({ line: 3, id: "event-3" });
    expect((await verifyArchives([deleted])).firstBroken?.reason).toMatch(/before this one was removed/);
    const reordered = tampered(day, (lines) => {
      [lines[1], lines[2]] = [lines[2] ?? "", lines[1] ?? ""];
    });
    expect((await verifyArchives([reordered])).firstBroken).toMatchObject({ line: 2, id: "event-2" });
    const newestGone = tampered(day, (lines) => lines.splice(3, 1)); // the last event, trailer kept
    expect((await verifyArchives([newestGone])).firstBroken?.reason).toMatch(/newest events are missing/);
    const cut = tampered(day, (lines) => lines.splice(3));
    expect((await verifyArchives([cut])).firstBroken?.reason).toMatch(/cut short/);
    // A whole day left out (or the files in the wrong order) breaks the link between files.
    const skipped = await verifyArchives([day, await archive("2026-11-03")]);
    expect(skipped.firstBroken).toMatchObject({ file: "2026-11-03.ndjson", line: 1 });
  });

  it("purges at retention only what the archive holds", async () => {
    const farFuture = NOV_1 + 400 * DAY_MS; // every event is past 365 days of retention
    expect(await countEvents()).toBe(6);
    expect(await purgeOldAuditEvents(env, farFuture)).toBe(5); // Nov 1..3, archived
    expect(await countEvents()).toBe(1); // Nov 4 is not archived yet: it stays
    expect(await purgeOldAuditEvents(env, farFuture)).toBe(0);
    // Once its day is archived it may go too, and the archive (not D1) is the record.
    expect(await archiveAuditDays(env, NOV_1 + 4 * DAY_MS)).toEqual(["2026-11-04"]);
    expect(await purgeOldAuditEvents(env, farFuture)).toBe(1);
    const all = ["2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"];
    const report = await verifyArchives(await Promise.all(all.map(archive)));
    expect(report).toMatchObject({ intact: true, events: 6 });
    // The ledger's own check still holds after the purge: it starts from the checkpoint.
    expect(await auditLedger(env).verify(null, 100)).toMatchObject({ intact: true });
  });
});
