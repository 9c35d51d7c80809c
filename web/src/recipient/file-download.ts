// A revealed file, fetched, decrypted and saved one chunk at a time (PROTOCOL 2.2). Where the browser has
// showSaveFilePicker, each chunk goes straight to disk, so a 100 MiB file never sits in page memory; the
// writable stream is aborted on any failure, which leaves nothing half-written. Elsewhere the chunks become
// a Blob saved through a download link. Either way the type is application/octet-stream under a cleaned
// name: the browser saves the file and never renders it.
import type { RevealResult } from "../../../protocol/api";
import {
  chunkRange,
  deriveFileKey,
  FILE_TAG_BYTES,
  type FileEntry,
  type FilePlan,
  openChunk,
  planFiles,
} from "../../../protocol/file-stream";
import { CONTROL_CHARACTERS } from "../../../protocol/limits";
import { downloadChunk } from "../lib/chunk-requests";
import { progressParts } from "../lib/transfer-progress";
import { h } from "./dom";
import { type RecipientKey, t } from "./i18n";

/** A reveal's files: the manifest, the download grant, and what the files key is derived from. */
export interface RevealedFiles {
  id: string;
  entries: FileEntry[];
  grant: NonNullable<RevealResult["files"]>;
  linkKey: string;
  stretched?: Uint8Array;
}

type SaveFilePicker = (options: { suggestedName: string }) => Promise<FileSystemFileHandle>;

/** A name to save under: no path separators, controls or characters file systems refuse. */
export function safeFileName(name: string): string {
  const cleaned = [...name]
    .map((char) => (CONTROL_CHARACTERS.test(char) || /[\\/:*?"<>|]/.test(char) ? "_" : char))
    .join("")
    .trim();
  return cleaned === "" || cleaned === "." || cleaned === ".." ? "file" : cleaned;
}

const keys = new Map<RevealedFiles, Promise<CryptoKey>>();

/** "Downloading 1.2 MB of 4 MB · about 12 s left", in the page's language. */
function line(key: RecipientKey, parts: ReturnType<typeof progressParts>): string {
  const done = t(key, { done: parts.done, total: parts.total });
  return parts.left ? t("recipient.open.progress.left", { line: done, left: parts.left }) : done;
}

function barsOf(downloaded: number, decrypted: number, sealed: number, size: number, startedAt: number) {
  const elapsed = performance.now() - startedAt;
  return [
    bar(line("recipient.open.progress.download", progressParts(downloaded, sealed, elapsed)), downloaded, sealed),
    bar(line("recipient.open.progress.decrypt", progressParts(decrypted, size, elapsed)), decrypted, size),
  ];
}

function bar(label: string, value: number, max: number): HTMLElement {
  const progress = h("progress", { max: Math.max(1, max) });
  progress.value = value;
  return h("div", { class: "stretch-progress" }, h("span", null, label), progress);
}

/** Saves file `index`; "cancelled" when the person closed the save dialog. */
export async function saveFile(
  files: RevealedFiles,
  index: number,
  onProgress: (bars: HTMLElement[]) => void,
): Promise<"saved" | "cancelled"> {
  // A chunk fetched ahead can arrive after the end (a failure, say): its progress must not cover the outcome.
  let running = true;
  try {
    return await saveChunks(files, index, (bars) => running && onProgress(bars));
  } finally {
    running = false;
  }
}

async function saveChunks(
  files: RevealedFiles,
  index: number,
  onProgress: (bars: HTMLElement[]) => void,
): Promise<"saved" | "cancelled"> {
  const found = planFiles(files.entries).files[index];
  if (!found) throw new RangeError(`no file ${index}`);
  const plan: FilePlan = found;
  let key = keys.get(files);
  if (!key) {
    key = deriveFileKey(files.linkKey, files.stretched);
    keys.set(files, key);
  }
  const fileKey = await key;
  const name = safeFileName(plan.name);
  const sealedSize = plan.size + plan.chunks * FILE_TAG_BYTES;
  const startedAt = performance.now();
  let downloaded = 0;
  let decrypted = 0;
  const fetchAt = (n: number) => {
    const fetched = downloadChunk(files.id, files.grant.token, plan.firstChunk + n).then((bytes) => {
      downloaded += bytes.length;
      onProgress(barsOf(downloaded, decrypted, sealedSize, plan.size, startedAt));
      return bytes;
    });
    fetched.catch(() => undefined);
    return fetched;
  };
  /** Each plaintext chunk in order; the next chunk downloads while this one is decrypted and written. */
  async function eachChunk(write: (plaintext: Uint8Array<ArrayBuffer>) => Promise<void> | void) {
    let next = fetchAt(0);
    for (let n = 0; n < plan.chunks; n++) {
      const sealed = await next;
      if (n + 1 < plan.chunks) next = fetchAt(n + 1);
      const plaintext = await openChunk(fileKey, plan.firstChunk + n, chunkRange(plan, n).last, sealed);
      await write(plaintext);
      decrypted += plaintext.length;
      onProgress(barsOf(downloaded, decrypted, sealedSize, plan.size, startedAt));
    }
  }

  const picker = (window as { showSaveFilePicker?: SaveFilePicker }).showSaveFilePicker;
  let handle: FileSystemFileHandle | null = null;
  if (picker) {
    try {
      handle = await picker({ suggestedName: name });
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return "cancelled";
      // Refused (a name the browser will not suggest, a policy): the download link still works.
      handle = null;
    }
  }
  if (handle) {
    const writable = await handle.createWritable();
    try {
      await eachChunk((plaintext) => writable.write(plaintext));
      await writable.close();
    } catch (error) {
      await writable.abort().catch(() => undefined);
      throw error;
    }
    return "saved";
  }
  const parts: Uint8Array<ArrayBuffer>[] = [];
  await eachChunk((plaintext) => {
    parts.push(plaintext);
  });
  const url = URL.createObjectURL(new Blob(parts, { type: "application/octet-stream" }));
  const link = h("a", { href: url, download: name, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to start saving; then the memory goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return "saved";
}
