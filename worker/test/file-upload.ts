// Test helpers for PROTOCOL 2.2: seal files the way the browser and the CLI do, upload them chunk by chunk,
// and download and open them again, all through real requests.
import type { ChunkStored, CreateSecretResult, RevealResult } from "../../protocol/api";
import { envelopeUpload, sealSecret } from "../../protocol/envelope";
import { chunkRange, deriveFileKey, type FileEntry, openChunk, planFiles, sealChunk } from "../../protocol/file-stream";
import { api, type Caller, postJson } from "./client";

export interface TestFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

export function patternFile(name: string, size: number, seed = 1): TestFile {
  return { name, bytes: new Uint8Array(size).map((_, i) => (i * 131 + seed * 17) % 251) };
}

/** Seals the files' chunks in order: [index, sealed] for each. */
export async function sealedChunks(linkKey: string, files: TestFile[]): Promise<Uint8Array<ArrayBuffer>[]> {
  const key = await deriveFileKey(linkKey);
  const plan = planFiles(files.map(entryOf));
  const out: Uint8Array<ArrayBuffer>[] = [];
  for (const [i, file] of plan.files.entries()) {
    for (let n = 0; n < file.chunks; n++) {
      const range = chunkRange(file, n);
      const bytes = files[i]?.bytes.slice(range.start, range.end) ?? new Uint8Array(0);
      out.push(await sealChunk(key, file.firstChunk + n, range.last, bytes));
    }
  }
  return out;
}

function entryOf(file: TestFile): FileEntry {
  return { name: file.name, type: "application/octet-stream", size: file.bytes.length };
}

/** Creates a secret announcing the files; uploads nothing yet. */
export async function createWithFiles(caller: Caller, files: TestFile[], options: Record<string, unknown> = {}) {
  const sealed = await sealSecret({ text: "", files: files.map(entryOf) });
  const chunks = await sealedChunks(sealed.linkKey, files);
  const bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const res = await postJson("/api/secrets", { ...envelopeUpload(sealed), files: { bytes }, ...options }, caller);
  if (res.status !== 201) throw new Error(`create failed: ${res.status} ${await res.text()}`);
  const { secret, uploadToken } = await res.json<CreateSecretResult>();
  if (!uploadToken) throw new Error("no upload token");
  return { secret, uploadToken, chunks, bytes, linkKey: sealed.linkKey, proof: sealed.proof };
}

export function putChunk(id: string, token: string, index: number, chunk: Uint8Array<ArrayBuffer>) {
  return api(`/api/secrets/${id}/chunks/${index}`, {
    method: "POST",
    body: chunk,
    headers: { "X-Upload-Token": token, "Content-Type": "application/octet-stream" },
  });
}

export function completeUpload(id: string, token: string) {
  return api(`/api/secrets/${id}/complete`, { method: "POST", headers: { "X-Upload-Token": token } });
}

export async function uploadAll(id: string, token: string, chunks: Uint8Array<ArrayBuffer>[]) {
  for (const [index, chunk] of chunks.entries()) {
    const res = await putChunk(id, token, index, chunk);
    if (res.status !== 200) throw new Error(`chunk ${index}: ${res.status} ${await res.text()}`);
    await res.json<ChunkStored>();
  }
  const done = await completeUpload(id, token);
  if (done.status !== 200) throw new Error(`complete: ${done.status} ${await done.text()}`);
}

export function getChunk(id: string, token: string, index: number) {
  return api(`/api/secrets/${id}/chunks/${index}`, { headers: { "X-Download-Token": token } });
}

/** Downloads and opens every file a reveal granted; throws on the first chunk that does not open. */
export async function downloadAll(id: string, linkKey: string, files: TestFile[], grant: RevealResult["files"]) {
  if (!grant) throw new Error("the reveal granted no files");
  const key = await deriveFileKey(linkKey);
  const plan = planFiles(files.map(entryOf));
  const opened: Uint8Array[] = [];
  for (const file of plan.files) {
    const parts: Uint8Array[] = [];
    for (let n = 0; n < file.chunks; n++) {
      const res = await getChunk(id, grant.token, file.firstChunk + n);
      if (res.status !== 200) throw new Error(`chunk ${file.firstChunk + n}: ${res.status}`);
      const sealed = new Uint8Array(await res.arrayBuffer());
      parts.push(await openChunk(key, file.firstChunk + n, chunkRange(file, n).last, sealed));
    }
    const whole = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
      whole.set(part, offset);
      offset += part.length;
    }
    opened.push(whole);
  }
  return opened;
}
