// `oncelink audit verify FILE...` offline: archives written here with the protocol's own helpers
// (protocol/audit-archive.ts, the chain of protocol/audit-chain.ts), intact, tampered, missing.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ARCHIVE_FORMAT, type ArchivedEvent, archiveLine } from "../../protocol/audit-archive";
import { type ChainLink, chainHash, GENESIS_HASH } from "../../protocol/audit-chain";
import { runCli } from "./cli-harness";

const dir = mkdtempSync(join(tmpdir(), "oncelink-audit-archive-"));

/** One day's archive of `count` events continuing from `after`, as the daily job writes it. */
async function archiveOf(day: string, after: ChainLink, count: number): Promise<{ lines: string[]; head: ChainLink }> {
  const lines = [archiveLine({ format: ARCHIVE_FORMAT, day, after })];
  let link = after;
  for (let k = 0; k < count; k++) {
    const at = new Date(Date.parse(`${day}T09:00:00Z`) + k * 60_000).toISOString();
    const fields = {
      seq: link.seq + 1,
      id: `evt_${day}_${k}`,
      action: "secret.view",
      result: "success",
      resourceType: "secret",
      resourceId: `sec${k}`,
      resourceName: null,
      ownerId: "usr1",
      actorId: null,
      actorEmail: null,
      ip: "198.51.100.7",
      country: null,
      city: null,
      device: "Firefox 133 on Linux (desktop)",
      userAgent: null,
      details: { views: 1 },
    };
    const hash = await chainHash(link.hash, { ...fields, at: Date.parse(at) });
    const event: ArchivedEvent = { ...fields, at, prevHash: link.hash, hash };
    lines.push(archiveLine(event));
    link = { seq: event.seq, hash };
  }
  lines.push(archiveLine({ head: link, events: count }));
  return { lines, head: link };
}

function write(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join(""));
  return path;
}

describe("oncelink audit verify", () => {
  it("says intact, with the chain head, for archives that continue one another (exit 0)", async () => {
    const first = await archiveOf("2026-12-01", { seq: 0, hash: GENESIS_HASH }, 2);
    const second = await archiveOf("2026-12-02", first.head, 3);
    const files = [write("2026-12-01.ndjson", first.lines), write("2026-12-02.ndjson", second.lines)];
    const run = await runCli(["audit", "verify", ...files]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout.toString()).toBe(
      `Intact: 5 events in 2 archive(s); chain head seq 5, hash ${second.head.hash}\n`,
    );
  });

  it("names the file, line and event of a changed line (exit 1)", async () => {
    const { lines } = await archiveOf("2026-12-03", { seq: 0, hash: GENESIS_HASH }, 3);
    // The second event (line 3) now claims another address.
    lines[2] = (lines[2] ?? "").replace("198.51.100.7", "203.0.113.9");
    const file = write("2026-12-03.ndjson", lines);
    const run = await runCli(["audit", "verify", file]);
    expect(run.code).toBe(1);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toBe(
      `Broken chain: ${file} line 3, event evt_2026-12-03_1 (seq 2): this event was changed after it was recorded\n`,
    );
  });

  it("is a usage error with no files, or a file it cannot read (exit 2)", async () => {
    const none = await runCli(["audit", "verify"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toBe("oncelink audit verify takes one or more archive files, oldest first\n");
    const missing = join(dir, "2026-11-30.ndjson");
    const unreadable = await runCli(["audit", "verify", missing]);
    expect(unreadable.code).toBe(2);
    expect(unreadable.stderr).toBe(`Cannot read ${missing}: ENOENT\n`);
    expect(unreadable.stdout.length).toBe(0);
    const directory = await runCli(["audit", "verify", dir]);
    expect(directory.code).toBe(2);
    expect(directory.stderr).toBe(`Cannot read ${dir}: EISDIR\n`);
  });
});
