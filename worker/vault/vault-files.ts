// A vault's files (PROTOCOL 2.2): sealed chunks stored one storage value each, beside the text. The
// uploader holds an upload token, each reveal hands out a download token good for FILE_DOWNLOAD_WINDOW_MS;
// the vault keeps only the SHA-256 of either token, and sees only sizes. Every method runs inside the caller's synchronous storage transaction.
import { decodeBase64Url } from "../../protocol/base64url";
import { FILE_DOWNLOAD_WINDOW_MS } from "../../protocol/file-stream";

/** What the vault keeps about its files, under the key "files". */
export interface FilesState {
  /** The sealed bytes the create declared: the upload must hold exactly these, and never more. */
  declaredBytes: number;
  storedBytes: number;
  storedChunks: number;
  complete: boolean;
  uploadTokenHash: string;
  /** One per reveal: the hash of its download token and when it stops working. */
  downloads: { tokenHash: string; until: number }[];
  /** Once the secret has ended: when the last download window closes and the vault may delete itself. */
  holdUntil: number | null;
}

export type UploadOutcome =
  | { kind: "stored"; nextIndex: number; storedBytes: number }
  | { kind: "complete"; chunks: number; bytes: number }
  | { kind: "no_files" }
  | { kind: "finished" }
  | { kind: "out_of_order"; nextIndex: number }
  | { kind: "too_large"; limit: number }
  | { kind: "incomplete"; storedBytes: number; declaredBytes: number };

export type DownloadOutcome = { kind: "chunk"; bytes: Uint8Array } | { kind: "no_files" } | { kind: "window_closed" };

const FILES = "files";
const chunkKey = (index: number) => `chunk:${index}`;

export class VaultFiles {
  constructor(private readonly ctx: DurableObjectState) {}

  private get kv() {
    return this.ctx.storage.kv;
  }

  state(): FilesState | undefined {
    return this.kv.get<FilesState>(FILES);
  }

  open(declaredBytes: number, uploadTokenHash: string): void {
    const state: FilesState = {
      declaredBytes,
      storedBytes: 0,
      storedChunks: 0,
      complete: false,
      uploadTokenHash,
      downloads: [],
      holdUntil: null,
    };
    this.kv.put(FILES, state);
  }

  /** True while files were announced but not all uploaded: the secret is not shareable yet. */
  uploading(): boolean {
    const state = this.state();
    return state !== undefined && !state.complete;
  }

  /** Stores chunk `index` if it is the next one and fits what was declared; refuses anything else, storing nothing. */
  put(tokenHash: Uint8Array<ArrayBuffer>, index: number, chunk: Uint8Array<ArrayBuffer>): UploadOutcome {
    const state = this.state();
    if (!state || !matches(tokenHash, state.uploadTokenHash)) return { kind: "no_files" };
    if (state.complete) return { kind: "finished" };
    if (index !== state.storedChunks) return { kind: "out_of_order", nextIndex: state.storedChunks };
    if (state.storedBytes + chunk.length > state.declaredBytes)
      return { kind: "too_large", limit: state.declaredBytes };
    this.kv.put(chunkKey(index), chunk);
    state.storedChunks += 1;
    state.storedBytes += chunk.length;
    this.kv.put(FILES, state);
    return { kind: "stored", nextIndex: state.storedChunks, storedBytes: state.storedBytes };
  }

  /** Closes the upload once every declared byte is stored; a closed upload takes no more chunks. */
  complete(tokenHash: Uint8Array<ArrayBuffer>): UploadOutcome {
    const state = this.state();
    if (!state || !matches(tokenHash, state.uploadTokenHash)) return { kind: "no_files" };
    if (state.complete) return { kind: "finished" };
    if (state.storedBytes !== state.declaredBytes) {
      return { kind: "incomplete", storedBytes: state.storedBytes, declaredBytes: state.declaredBytes };
    }
    state.complete = true;
    this.kv.put(FILES, state);
    return { kind: "complete", chunks: state.storedChunks, bytes: state.storedBytes };
  }

  /** For a reveal: grants the token whose hash this is (made before the transaction) for the window. */
  grantDownload(tokenHash: string, now: number): { chunks: number; bytes: number; until: number } | null {
    const state = this.state();
    if (!state?.complete) return null;
    const until = now + FILE_DOWNLOAD_WINDOW_MS;
    state.downloads = [...state.downloads.filter((grant) => grant.until > now), { tokenHash, until }];
    this.kv.put(FILES, state);
    return { chunks: state.storedChunks, bytes: state.storedBytes, until };
  }

  read(tokenHash: Uint8Array<ArrayBuffer>, index: number, now: number): DownloadOutcome {
    const state = this.state();
    if (!state?.complete || index < 0 || index >= state.storedChunks) return { kind: "no_files" };
    const grant = state.downloads.find((candidate) => matches(tokenHash, candidate.tokenHash));
    if (!grant) return { kind: "no_files" };
    if (now >= grant.until) return { kind: "window_closed" };
    const bytes = this.kv.get<Uint8Array>(chunkKey(index));
    return bytes ? { kind: "chunk", bytes } : { kind: "no_files" };
  }

  /**
   * The secret ended. Burned, or no download window open: the chunks go now, with the text. Viewed or
   * expired with windows open: they stay until the last one closes (holdUntil), then the vault deletes itself.
   */
  onEnd(burned: boolean, now: number): void {
    const state = this.state();
    if (!state) return;
    const open = burned ? [] : state.downloads.filter((grant) => grant.until > now);
    state.holdUntil = open.length ? Math.max(...open.map((grant) => grant.until)) : null;
    if (burned) state.downloads = [];
    if (state.holdUntil === null) this.deleteChunks(state);
    this.kv.put(FILES, state);
  }

  /** When an ended vault may delete itself: null once nothing holds it. */
  holdUntil(): number | null {
    return this.state()?.holdUntil ?? null;
  }

  private deleteChunks(state: FilesState): void {
    for (let index = 0; index < state.storedChunks; index++) this.kv.delete(chunkKey(index));
  }
}

function matches(presented: Uint8Array<ArrayBuffer>, stored: string): boolean {
  const expected = decodeBase64Url(stored);
  return presented.length === expected.length && crypto.subtle.timingSafeEqual(presented, expected);
}
