// The daily audit archive (one NDJSON object per UTC day in R2, worker/cron/archive-audit-days.ts) and its
// offline check (`oncelink audit verify`). Line 1 is a header naming the link the day continues from, then
// one line per event with every chained field and its prev_hash/hash, then a trailer with the day's chain
// head. Removing, editing or reordering a line, or cutting the file short, breaks a link the check names.
import { type ChainedEvent, type ChainLink, chainHash } from "./audit-chain";

export const ARCHIVE_FORMAT = "oncelink-audit-archive-v1";

export interface ArchiveHeader {
  format: typeof ARCHIVE_FORMAT;
  day: string;
  /** The chain link just before this day's first event (the previous day's head). */
  after: ChainLink;
}

export interface ArchivedEvent extends Omit<ChainedEvent, "at"> {
  /** ISO 8601 UTC with milliseconds: exactly the instant the chain hashed. */
  at: string;
  prevHash: string;
  hash: string;
}

export interface ArchiveTrailer {
  head: ChainLink;
  events: number;
}

export interface ArchiveFile {
  name: string;
  text: string;
}

export interface ArchiveReport {
  intact: boolean;
  files: number;
  events: number;
  /** The last link checked: with `intact`, the head of the newest archive given. */
  head: ChainLink | null;
  firstBroken: { file: string; line: number; seq: number | null; id: string | null; reason: string } | null;
}

export const archiveLine = (value: ArchiveHeader | ArchivedEvent | ArchiveTrailer) => `${JSON.stringify(value)}\n`;

const TEXT_FIELDS = ["id", "action", "result", "resourceType", "at", "prevHash", "hash"] as const;
const NULLABLE_FIELDS = [
  "resourceId",
  "resourceName",
  "ownerId",
  "actorId",
  "actorEmail",
  "ip",
  "country",
  "city",
  "device",
  "userAgent",
] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isLink(value: unknown): value is ChainLink {
  return isRecord(value) && Number.isSafeInteger(value.seq) && typeof value.hash === "string";
}

function asEvent(value: unknown): ArchivedEvent | null {
  if (!isRecord(value) || !Number.isSafeInteger(value.seq)) return null;
  if (TEXT_FIELDS.some((field) => typeof value[field] !== "string")) return null;
  if (NULLABLE_FIELDS.some((field) => value[field] !== null && typeof value[field] !== "string")) return null;
  if (value.details !== null && !isRecord(value.details)) return null;
  if (Number.isNaN(Date.parse(String(value.at)))) return null;
  return value as unknown as ArchivedEvent;
}

const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

function parseLine(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Checks archives in the order given (oldest first: file names sort by day), each against its own header
 * and trailer and against the file before it; stops at the first broken link and names it.
 */
export async function verifyArchives(files: readonly ArchiveFile[]): Promise<ArchiveReport> {
  let events = 0;
  let previous: ChainLink | null = null;
  let previousDay: string | null = null;
  const report = (firstBroken: ArchiveReport["firstBroken"]): ArchiveReport => ({
    intact: firstBroken === null,
    files: files.length,
    events,
    head: previous,
    firstBroken,
  });
  for (const file of files) {
    const lines = file.text.split("\n");
    if (lines.at(-1) === "") lines.pop();
    const broken = (line: number, reason: string, event?: ArchivedEvent) =>
      report({ file: file.name, line, seq: event?.seq ?? null, id: event?.id ?? null, reason });
    const header = parseLine(lines[0] ?? "");
    if (!isRecord(header) || header.format !== ARCHIVE_FORMAT || !isLink(header.after)) {
      return broken(1, "the first line is not an Oncelink audit archive header");
    }
    if (typeof header.day !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(header.day)) {
      return broken(1, "the header names no day");
    }
    const chained = previous && header.after.seq === previous.seq && header.after.hash === previous.hash;
    if (previousDay !== null && (!chained || header.day !== nextDay(previousDay))) {
      return broken(1, "this archive does not continue the one before it (a day is missing or out of order)");
    }
    let link: ChainLink = header.after;
    let count = 0;
    for (let index = 1; index < lines.length; index++) {
      const value = parseLine(lines[index] ?? "");
      if (isRecord(value) && "head" in value) {
        if (!isLink(value.head) || value.head.seq !== link.seq || value.head.hash !== link.hash) {
          return broken(index + 1, "the chain head does not match the last event: the newest events are missing");
        }
        if (value.events !== count) return broken(index + 1, `the trailer counts ${value.events} events, not ${count}`);
        if (index !== lines.length - 1) return broken(index + 2, "lines follow the archive's trailer");
        previous = link;
        previousDay = header.day;
        break;
      }
      const event = asEvent(value);
      if (!event) return broken(index + 1, "this line is not an audit event");
      if (event.seq <= link.seq || event.prevHash !== link.hash) {
        return broken(index + 1, "an event before this one was removed, changed or moved", event);
      }
      const hash = await chainHash(link.hash, { ...event, at: Date.parse(event.at) });
      if (hash !== event.hash) return broken(index + 1, "this event was changed after it was recorded", event);
      link = { seq: event.seq, hash: event.hash };
      count += 1;
      events += 1;
      if (index === lines.length - 1) return broken(index + 2, "the archive ends without its chain head (cut short)");
    }
    if (lines.length <= 1) return broken(2, "the archive ends without its chain head (cut short)");
  }
  return report(null);
}
