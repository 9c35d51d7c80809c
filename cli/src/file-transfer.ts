// PROTOCOL 2.2 for the CLI, the sending side: files checked against the manifest's rules before anything
// is created, then sealed and uploaded one chunk at a time (a 100 MiB file never sits in memory whole).
// The receiving side is file-download.ts.
import { type FileHandle, open, stat } from "node:fs/promises";
import { basename } from "node:path";
import type { ChunkStored } from "../../protocol/api";
import {
  chunkRange,
  deriveFileKey,
  type FileEntry,
  MAX_FILE_NAME_LENGTH,
  MAX_FILES,
  planFiles,
  sealChunk,
} from "../../protocol/file-stream";
import { ApiRefusal, callApi } from "./api-client";
import { withRetries } from "./chunk-retry";
import { CliError, EXIT, usageError } from "./cli-error";
import { isPlainName } from "./file-download";

/**
 * Refuses files a recipient could not open: readManifest (protocol/file-stream.ts) rejects a manifest
 * with more than MAX_FILES entries or a name over MAX_FILE_NAME_LENGTH; two files of one name would land
 * on each other in the recipient's directory, and `oncelink open` writes no name that is not plain.
 */
export function checkShareable(entries: readonly FileEntry[]): void {
  if (entries.length > MAX_FILES) {
    throw usageError(`A secret carries at most ${MAX_FILES} files: got ${entries.length}`);
  }
  const names = new Set<string>();
  for (const { name } of entries) {
    // Plain first: the other messages print the name as it is.
    if (!isPlainName(name)) throw usageError(`Not a plain file name: ${JSON.stringify(name)}`);
    if (name.length > MAX_FILE_NAME_LENGTH) {
      throw usageError(`File names are at most ${MAX_FILE_NAME_LENGTH} characters: ${name.slice(0, 40)}… is longer`);
    }
    if (names.has(name)) throw usageError(`Two files are named ${name}: each needs a name of its own`);
    names.add(name);
  }
}

/** The manifest entries of the files at these paths: each file's own name, no directory; checked as above. */
export async function fileEntriesOf(paths: string[]): Promise<FileEntry[]> {
  const entries = await Promise.all(
    paths.map(async (path) => {
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) throw usageError(`Not a file: ${path}`);
      return { name: basename(path), type: "", size: info.size };
    }),
  );
  checkShareable(entries);
  return entries;
}

async function readRange(handle: FileHandle, start: number, end: number): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(end - start);
  let offset = 0;
  while (offset < bytes.length) {
    const { bytesRead } = await handle.read(bytes, offset, bytes.length - offset, start + offset);
    if (bytesRead === 0) throw new CliError(EXIT.failed, "A file changed size while it was being shared");
    offset += bytesRead;
  }
  return bytes;
}

interface Upload {
  origin: string;
  id: string;
  uploadToken: string;
  key: CryptoKey;
}

const isNetworkError = (error: unknown) => error instanceof CliError && error.exitCode === EXIT.network;

/** Sends one chunk, retrying on network failures; a chunk the server already stored counts as sent. */
async function sendChunk(upload: Upload, index: number, sealed: Uint8Array<ArrayBuffer>): Promise<void> {
  const path = `/api/secrets/${upload.id}/chunks/${index}`;
  const headers = { "X-Upload-Token": upload.uploadToken };
  await withRetries(async () => {
    try {
      await callApi<ChunkStored>(upload.origin, path, { bytes: sealed, headers });
    } catch (error) {
      // Stored before the answer was lost: the server expects the next one already.
      if (error instanceof ApiRefusal && error.code === "chunk_out_of_order" && error.nextIndex === index + 1) return;
      throw error;
    }
  }, isNetworkError);
}

/** Seals and uploads every file, chunk after chunk, then closes the upload. */
export async function uploadFiles(
  origin: string,
  created: { id: string; uploadToken: string },
  linkKey: string,
  stretched: Uint8Array | undefined,
  paths: string[],
  entries: FileEntry[],
): Promise<void> {
  const upload = { origin, ...created, key: await deriveFileKey(linkKey, stretched) };
  const plan = planFiles(entries);
  for (const [i, file] of plan.files.entries()) {
    const handle = await open(paths[i] ?? "", "r");
    try {
      for (let n = 0; n < file.chunks; n++) {
        const range = chunkRange(file, n);
        const plaintext = await readRange(handle, range.start, range.end);
        await sendChunk(
          upload,
          file.firstChunk + n,
          await sealChunk(upload.key, file.firstChunk + n, range.last, plaintext),
        );
      }
    } finally {
      await handle.close();
    }
  }
  await callApi(origin, `/api/secrets/${created.id}/complete`, {
    method: "POST",
    headers: { "X-Upload-Token": created.uploadToken },
  });
}
