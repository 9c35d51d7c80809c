// `oncelink audit verify FILE...`: checks daily audit archives (R2 objects audit/YYYY-MM-DD.ndjson) offline,
// with the same hash chain the server seals (protocol/audit-chain.ts), and names the first broken event.
import { readFile } from "node:fs/promises";
import { type ArchiveFile, verifyArchives } from "../../../protocol/audit-archive";
import { CliError, EXIT, usageError } from "../cli-error";

async function readArchive(name: string): Promise<ArchiveFile> {
  try {
    return { name, text: await readFile(name, "utf8") };
  } catch (error) {
    throw usageError(`Cannot read ${name}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

export async function auditVerify(files: string[]): Promise<void> {
  if (files.length === 0) throw usageError("oncelink audit verify takes one or more archive files, oldest first");
  const report = await verifyArchives(await Promise.all(files.map(readArchive)));
  if (report.firstBroken) {
    const { file, line, seq, id, reason } = report.firstBroken;
    const event = id ? `event ${id} (seq ${seq})` : "no event";
    throw new CliError(EXIT.failed, `Broken chain: ${file} line ${line}, ${event}: ${reason}`);
  }
  const head = report.head ? `; chain head seq ${report.head.seq}, hash ${report.head.hash}` : "";
  process.stdout.write(`Intact: ${report.events} events in ${report.files} archive(s)${head}\n`);
}
