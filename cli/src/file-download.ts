// PROTOCOL 2.2 for the CLI, the receiving side: a revealed secret's files downloaded, opened and written
// one chunk at a time into --output DIR. The directory is checked before the reveal spends the view; a file
// whose name is unsafe or taken is skipped (never overwritten) and the others still saved. A file is written
// under a temporary name and only linked to its own name once every chunk opened, so a tampered file leaves
// nothing behind.
import { randomBytes } from "node:crypto";
import { access, constants, link, lstat, open, stat, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { RevealResult } from "../../protocol/api";
import { chunkRange, type FileEntry, type FilePlan, openChunk, planFiles } from "../../protocol/file-stream";
import { ApiRefusal, NotTheApi, send } from "./api-client";
import { withRetries } from "./chunk-retry";
import { CliError, EXIT, usageError } from "./cli-error";

export interface Download {
  origin: string;
  id: string;
  grant: NonNullable<RevealResult["files"]>;
  key: CryptoKey;
  /** When the download window closes, by this machine's clock. */
  until: number;
}

/** The end of the reveal's download window on this machine's clock: its length as the server counts it, from now. */
export function windowEnd(result: Pick<RevealResult, "viewedAt">, grant: NonNullable<RevealResult["files"]>): number {
  // The server's instants differ from this clock by any skew; the span between two of them does not.
  return Date.now() + Date.parse(grant.until) - Date.parse(result.viewedAt);
}

/** A plain file name: no path separators, no "." or "..", no control characters. */
export function isPlainName(name: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a NUL or control character is no file name.
  return !/[/\\\u0000-\u001f]/.test(name) && name !== "." && name !== "..";
}

/** --output DIR, before the reveal: a directory this user may create files in, or a usage error. */
export async function checkOutputDir(dir: string): Promise<void> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw usageError(`--output ${dir}: not a directory (nothing was revealed)`);
  const writable = await access(dir, constants.W_OK | constants.X_OK).then(
    () => true,
    () => false,
  );
  if (!writable) throw usageError(`--output ${dir}: this user cannot write there (nothing was revealed)`);
}

/** A dropped connection, or a server failing (5xx): worth another try. */
function isTransient(error: unknown): boolean {
  if (error instanceof ApiRefusal || error instanceof NotTheApi) return error.status >= 500;
  return error instanceof CliError && error.exitCode === EXIT.network;
}

/** One sealed chunk, tried again on a transient failure while the download window is open. */
function fetchChunk(download: Download, index: number): Promise<Uint8Array<ArrayBuffer>> {
  const { origin, id, grant } = download;
  return withRetries(
    async () => {
      const response = await send(origin, `/api/secrets/${id}/chunks/${index}`, {
        headers: { "X-Download-Token": grant.token, accept: "application/octet-stream" },
      });
      try {
        return new Uint8Array(await response.arrayBuffer());
      } catch {
        // The headers came, the body did not: a connection lost midway.
        throw new CliError(EXIT.network, `Cannot reach ${origin} (chunk ${index} was cut off)`);
      }
    },
    isTransient,
    download.until,
  );
}

/** Writes one file; false when its name was taken meanwhile (never an overwrite). */
async function writeFile(download: Download, dir: string, file: FilePlan): Promise<boolean> {
  // A name of its own beside the target, short enough whatever the file's name is.
  const partial = join(dir, `.oncelink-${randomBytes(6).toString("hex")}.partial`);
  const handle = await open(partial, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
  try {
    for (let n = 0; n < file.chunks; n++) {
      const index = file.firstChunk + n;
      const sealed = await fetchChunk(download, index);
      await handle.write(await openChunk(download.key, index, chunkRange(file, n).last, sealed));
    }
    await handle.close();
    // link() fails if the name exists: never an overwrite.
    return await link(partial, join(dir, file.name)).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === "EEXIST") return false;
        throw error;
      },
    );
  } finally {
    // Only the temporary name is ever removed: what opened so far of a failed file goes with it.
    await handle.close().catch(() => undefined);
    await unlink(partial).catch(() => undefined);
  }
}

const quoted = (name: string) => JSON.stringify(name);

/** Why the file cannot be written in `dir`, or null. */
async function skipReason(dir: string, name: string, saved: ReadonlySet<string>): Promise<string | null> {
  if (!isPlainName(name)) return "it is not a plain file name (a path separator, . or .., or a control character)";
  if (saved.has(name)) return "the secret has two files of that name";
  if (await lstat(join(dir, name)).catch(() => null)) return `refusing to overwrite ${join(dir, name)}`;
  return null;
}

/**
 * Writes each file into `dir` under its own name, one line on stderr per file; a file that cannot be
 * written there is skipped and named, and the others are still saved. Exit 1 if any was skipped.
 */
export async function saveFiles(download: Download, dir: string, files: readonly FileEntry[]): Promise<void> {
  const saved = new Set<string>();
  const skip = (name: string, reason: string) => process.stderr.write(`Not saved: ${quoted(name)}: ${reason}\n`);
  for (const file of planFiles(files).files) {
    const reason = await skipReason(dir, file.name, saved);
    if (reason !== null) {
      skip(file.name, reason);
      continue;
    }
    if (!(await writeFile(download, dir, file))) {
      skip(file.name, `refusing to overwrite ${join(dir, file.name)}`);
      continue;
    }
    saved.add(file.name);
    process.stderr.write(`Saved ${join(dir, file.name)}\n`);
  }
  const skipped = files.length - saved.size;
  if (skipped > 0) throw new CliError(EXIT.failed, `${skipped} of ${files.length} files not saved (named above)`);
}
