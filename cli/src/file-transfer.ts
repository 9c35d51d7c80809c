// PROTOCOL 2.2 for the CLI: files sealed and uploaded one chunk at a time (a 100 MiB file never sits in
// memory whole), and downloaded, opened and written one chunk at a time. A file is written under a temporary
// name and only linked to its own name once every chunk opened, so a tampered file leaves nothing behind.
import { randomBytes } from "node:crypto";
import { constants, type FileHandle, link, open, stat, unlink } from "node:fs/promises";
import { basename, join } from "node:path";
import type { ChunkStored, RevealResult } from "../../protocol/api";
import {
  chunkRange,
  deriveFileKey,
  type FileEntry,
  type FilePlan,
  openChunk,
  planFiles,
  sealChunk,
} from "../../protocol/file-stream";
import { ApiRefusal, callApi, send } from "./api-client";
import { CliError, EXIT, usageError } from "./cli-error";

/** Tries per chunk before giving up: a dropped connection resumes at the chunk the server expects. */
const CHUNK_TRIES = 4;

/** The manifest entries of the files at these paths: each file's own name, no directory. */
export async function fileEntriesOf(paths: string[]): Promise<FileEntry[]> {
  return Promise.all(
    paths.map(async (path) => {
      const info = await stat(path).catch(() => null);
      if (!info?.isFile()) throw usageError(`Not a file: ${path}`);
      return { name: basename(path), type: "", size: info.size };
    }),
  );
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

/** Sends one chunk, retrying on network failures; a chunk the server already stored counts as sent. */
async function sendChunk(upload: Upload, index: number, sealed: Uint8Array<ArrayBuffer>): Promise<void> {
  const path = `/api/secrets/${upload.id}/chunks/${index}`;
  const headers = { "X-Upload-Token": upload.uploadToken };
  for (let attempt = 1; ; attempt++) {
    try {
      await callApi<ChunkStored>(upload.origin, path, { bytes: sealed, headers });
      return;
    } catch (error) {
      // Stored before the answer was lost: the server expects the next one already.
      if (error instanceof ApiRefusal && error.code === "chunk_out_of_order" && error.nextIndex === index + 1) return;
      const network = error instanceof CliError && error.exitCode === EXIT.network;
      if (!network || attempt >= CHUNK_TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
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

/** A name the CLI may write under DIR: no path separators, no "." or "..", nothing that is not a plain name. */
export function checkFileName(name: string): void {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: a NUL or control character is no file name.
  if (/[/\\\u0000-\u001f]/.test(name) || name === "." || name === "..") {
    throw new CliError(
      EXIT.failed,
      `Refusing to write a file named ${JSON.stringify(name)}: it is not a plain file name`,
    );
  }
}

/** Where each file goes; refuses before anything is written if a name is unsafe or already taken. */
export async function targetsIn(dir: string, files: FileEntry[]): Promise<string[]> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw usageError(`Not a directory: ${dir}`);
  const names = new Set<string>();
  for (const file of files) {
    checkFileName(file.name);
    if (names.has(file.name)) throw new CliError(EXIT.failed, `The secret has two files named ${file.name}`);
    names.add(file.name);
    if (await stat(join(dir, file.name)).catch(() => null)) {
      throw new CliError(EXIT.failed, `Refusing to overwrite ${join(dir, file.name)}`);
    }
  }
  return files.map((file) => join(dir, file.name));
}

async function writeFile(
  origin: string,
  id: string,
  grant: NonNullable<RevealResult["files"]>,
  key: CryptoKey,
  file: FilePlan,
  target: string,
): Promise<void> {
  const partial = `${target}.${randomBytes(6).toString("hex")}.partial`;
  const handle = await open(partial, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
  try {
    for (let n = 0; n < file.chunks; n++) {
      const index = file.firstChunk + n;
      const response = await send(origin, `/api/secrets/${id}/chunks/${index}`, {
        headers: { "X-Download-Token": grant.token, accept: "application/octet-stream" },
      });
      const sealed = new Uint8Array(await response.arrayBuffer());
      const plaintext = await openChunk(key, index, chunkRange(file, n).last, sealed);
      await handle.write(plaintext);
    }
    await handle.close();
    // link() fails if the name was taken meanwhile: never an overwrite.
    await link(partial, target);
  } finally {
    // Only the temporary name is ever removed: what opened so far of a failed file goes with it.
    await handle.close().catch(() => undefined);
    await unlink(partial).catch(() => undefined);
  }
}

/** Downloads, opens and writes each file under its own name in `dir`. */
export async function downloadFiles(
  origin: string,
  id: string,
  grant: NonNullable<RevealResult["files"]>,
  key: CryptoKey,
  files: FileEntry[],
  targets: string[],
): Promise<void> {
  const plan = planFiles(files);
  for (const [i, file] of plan.files.entries()) await writeFile(origin, id, grant, key, file, targets[i] ?? "");
}
