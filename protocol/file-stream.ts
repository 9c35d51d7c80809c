// PROTOCOL 2.2: a secret's files, encrypted in chunks. The same code runs in the browser and in the CLI;
// the Worker only counts bytes. Each file is cut into FILE_CHUNK_BYTES pieces (an empty file is one empty
// piece); every piece is sealed with AES-256-GCM under the files key, its nonce and associated data binding
// its index in the secret's chunk sequence and whether it ends its file. Reordered, dropped, repeated or
// truncated chunks therefore fail to decrypt. Names, types and sizes travel inside the text envelope
// (section 2), so the server sees only the total of the sealed chunks' sizes.
import { decodeBase64Url } from "./base64url";
import { EnvelopeError } from "./envelope-error";

/** Plaintext bytes per chunk; the last chunk of a file may be shorter (or empty for an empty file). */
export const FILE_CHUNK_BYTES = 1_048_576;
export const FILE_TAG_BYTES = 16;
/** The largest body of one chunk upload: a full chunk and its tag. */
export const MAX_SEALED_CHUNK_BYTES = FILE_CHUNK_BYTES + FILE_TAG_BYTES;
/** Files one secret may carry; names and types are at most this many characters. */
export const MAX_FILES = 100;
export const MAX_FILE_NAME_LENGTH = 255;
/** After a reveal, its files stay downloadable from the recipient's page this long. */
export const FILE_DOWNLOAD_WINDOW_MS = 600_000;

const utf8 = new TextEncoder();
const AAD_PREFIX = utf8.encode("oncelink/v1/file-chunk");

/** One file as the manifest (inside the text envelope) describes it. */
export interface FileEntry {
  name: string;
  type: string;
  size: number;
}

/** Where a file's chunks sit in the secret's sequence: all files' chunks, one file after another. */
export interface FilePlan extends FileEntry {
  firstChunk: number;
  chunks: number;
}

export function chunkCountOf(size: number): number {
  return Math.max(1, Math.ceil(size / FILE_CHUNK_BYTES));
}

/** Every file's place in the chunk sequence, and the totals the server is told. */
export function planFiles(files: readonly FileEntry[]): { files: FilePlan[]; chunks: number; sealedBytes: number } {
  let next = 0;
  const plans = files.map((file) => {
    const plan = { ...file, firstChunk: next, chunks: chunkCountOf(file.size) };
    next += plan.chunks;
    return plan;
  });
  const sealedBytes = plans.reduce((sum, plan) => sum + plan.size + plan.chunks * FILE_TAG_BYTES, 0);
  return { files: plans, chunks: next, sealedBytes };
}

/** Plaintext byte range of a file's chunk `n` (0-based within the file). */
export function chunkRange(plan: FileEntry, n: number): { start: number; end: number; last: boolean } {
  const start = n * FILE_CHUNK_BYTES;
  const end = Math.min(plan.size, start + FILE_CHUNK_BYTES);
  return { start, end, last: n === chunkCountOf(plan.size) - 1 };
}

async function hkdfKey(ikm: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey("raw", ikm, "HKDF", false, ["deriveBits"]);
  const params = { name: "HKDF", hash: "SHA-256", salt: new Uint8Array(0), info: utf8.encode("oncelink/v1/files") };
  const bits = await crypto.subtle.deriveBits(params, base, 256);
  return crypto.subtle.importKey("raw", bits, "AES-GCM", false, ["encrypt", "decrypt"]);
}

/** The files key: HKDF of the same input as the text's key (link key, then the stretched passphrase if any). */
export async function deriveFileKey(linkKey: string, stretched: Uint8Array = new Uint8Array(0)): Promise<CryptoKey> {
  let key: Uint8Array<ArrayBuffer>;
  try {
    key = decodeBase64Url(linkKey);
  } catch {
    throw new EnvelopeError("This link is incomplete");
  }
  const ikm = new Uint8Array(key.length + stretched.length);
  ikm.set(key);
  ikm.set(stretched, key.length);
  return hkdfKey(ikm);
}

/** 12 bytes: 3 zero bytes, the chunk index as 8 bytes big-endian, then 0x01 for a file's last chunk, else 0x00. */
export function chunkNonce(index: number, last: boolean): Uint8Array<ArrayBuffer> {
  const nonce = new Uint8Array(12);
  new DataView(nonce.buffer).setBigUint64(3, BigInt(index));
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/** "oncelink/v1/file-chunk", then the same 9 bytes the nonce ends with (index and last flag). */
export function chunkAad(index: number, last: boolean): Uint8Array<ArrayBuffer> {
  const aad = new Uint8Array(AAD_PREFIX.length + 9);
  aad.set(AAD_PREFIX);
  aad.set(chunkNonce(index, last).subarray(3), AAD_PREFIX.length);
  return aad;
}

export async function sealChunk(
  key: CryptoKey,
  index: number,
  last: boolean,
  plaintext: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  if (plaintext.length > FILE_CHUNK_BYTES) throw new RangeError("a chunk holds at most FILE_CHUNK_BYTES");
  const params = { name: "AES-GCM", iv: chunkNonce(index, last), additionalData: chunkAad(index, last) };
  return new Uint8Array(await crypto.subtle.encrypt(params, key, plaintext));
}

/** Throws EnvelopeError when the chunk is not the one sealed at this index with this flag, byte for byte. */
export async function openChunk(
  key: CryptoKey,
  index: number,
  last: boolean,
  sealed: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  try {
    const params = { name: "AES-GCM", iv: chunkNonce(index, last), additionalData: chunkAad(index, last) };
    return new Uint8Array(await crypto.subtle.decrypt(params, key, sealed));
  } catch {
    throw new EnvelopeError(`File chunk ${index} is damaged or out of place: the download was stopped`);
  }
}

/** The manifest a decrypted envelope carries, checked field by field; anything else is not a manifest. */
export function readManifest(value: unknown): FileEntry[] {
  if (!Array.isArray(value) || value.length > MAX_FILES) throw new EnvelopeError("Unsupported secret format");
  return value.map((item: unknown) => {
    const { name, type, size } = (typeof item === "object" && item !== null ? item : {}) as Record<string, unknown>;
    const valid =
      typeof name === "string" &&
      name.length > 0 &&
      name.length <= MAX_FILE_NAME_LENGTH &&
      typeof type === "string" &&
      type.length <= MAX_FILE_NAME_LENGTH &&
      typeof size === "number" &&
      Number.isSafeInteger(size) &&
      size >= 0;
    if (!valid) throw new EnvelopeError("Unsupported secret format");
    return { name, type, size };
  });
}
