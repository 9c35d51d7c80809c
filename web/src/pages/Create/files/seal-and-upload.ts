// The create form's files, PROTOCOL 2.2: each 1 MiB piece is read from the File, sealed and uploaded on
// its own, so at most two pieces (the one uploading, the next one sealing) are in memory, whatever the size.
// The upload follows the server's `nextIndex`, so a dropped connection resumes from the last stored chunk.
import {
  chunkRange,
  deriveFileKey,
  FILE_TAG_BYTES,
  type FileEntry,
  type FilePlan,
  planFiles,
  sealChunk,
} from "../../../../../protocol/file-stream";
import { completeUpload, type OnRetry, uploadChunk } from "../../../lib/chunk-requests";

export interface UploadProgress {
  /** Sealed bytes encrypted so far, and stored by the server so far, of `total`. */
  encrypted: number;
  uploaded: number;
  total: number;
  startedAt: number;
  /** Set while a chunk waits to be sent again after a failure. */
  retrying: boolean;
}

export interface FileUpload {
  id: string;
  uploadToken: string;
  linkKey: string;
  /** The stretched passphrase, when there is one: the files key mixes it in as the text's key does. */
  stretched?: Uint8Array;
  signal?: AbortSignal;
}

export function manifestOf(files: readonly File[]): FileEntry[] {
  return files.map((file) => ({ name: file.name, type: file.type, size: file.size }));
}

/** The sealed bytes of chunks 0..index-1: what the server holds once it expects chunk `index`. */
function sealedBefore(plans: readonly FilePlan[], index: number): number {
  let bytes = 0;
  for (const plan of plans) {
    const chunks = Math.min(plan.chunks, Math.max(0, index - plan.firstChunk));
    if (chunks === 0) continue;
    const { end } = chunkRange(plan, chunks - 1);
    bytes += end + chunks * FILE_TAG_BYTES;
  }
  return bytes;
}

async function sealPiece(key: CryptoKey, plans: readonly FilePlan[], files: readonly File[], index: number) {
  const at = plans.findIndex((plan) => index < plan.firstChunk + plan.chunks);
  const plan = plans[at];
  const file = files[at];
  if (!plan || !file) throw new RangeError(`no chunk ${index}`);
  const range = chunkRange(plan, index - plan.firstChunk);
  const piece = new Uint8Array(await file.slice(range.start, range.end).arrayBuffer());
  if (piece.length !== range.end - range.start) throw new Error(`${file.name} changed while it was being shared`);
  return sealChunk(key, index, range.last, piece);
}

export async function sealAndUpload(
  upload: FileUpload,
  files: readonly File[],
  onProgress: (progress: UploadProgress) => void,
): Promise<void> {
  const key = await deriveFileKey(upload.linkKey, upload.stretched);
  const { files: plans, chunks, sealedBytes: total } = planFiles(manifestOf(files));
  const progress: UploadProgress = { encrypted: 0, uploaded: 0, total, startedAt: performance.now(), retrying: false };
  const report = (change: Partial<UploadProgress>) => onProgress(Object.assign(progress, change));
  const onRetry: OnRetry = () => report({ retrying: true });
  const sealAt = (index: number) => {
    const sealed = sealPiece(key, plans, files, index).then((bytes) => {
      report({ encrypted: Math.max(progress.encrypted, sealedBefore(plans, index + 1)) });
      return bytes;
    });
    // A piece sealed ahead and then not needed (the server asked for another) must not fail unheard.
    sealed.catch(() => undefined);
    return { index, sealed };
  };
  report({});
  let next = 0;
  let ahead: ReturnType<typeof sealAt> | null = null;
  while (next < chunks) {
    const current: ReturnType<typeof sealAt> = ahead?.index === next ? ahead : sealAt(next);
    const sealed = await current.sealed;
    // The next piece is sealed while this one travels.
    ahead = next + 1 < chunks ? sealAt(next + 1) : null;
    next = await uploadChunk(upload, next, sealed, onRetry);
    report({ uploaded: sealedBefore(plans, next), retrying: false });
  }
  await completeUpload(upload, onRetry);
}
