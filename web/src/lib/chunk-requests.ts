// PROTOCOL 2.2 over fetch: one sealed chunk per request, retried with backoff when the connection drops or
// the server is briefly unavailable, so a transfer carries on from where it stopped instead of starting over.
import type { ChunkStored } from "../../../protocol/api";
import { ApiError, errorFrom, fallbackText, OFFLINE_STATUS } from "./api";

const TRIES = 8;
/** 0.5 s, 1 s, 2 s ... up to 10 s between tries: about 45 s of waiting for a connection to come back. */
const backoffMs = (attempt: number) => Math.min(10_000, 500 * 2 ** (attempt - 1));

/** Told before each wait, so a progress bar can say it is retrying rather than look stuck. */
export type OnRetry = (attempt: number) => void;

const secretPath = (id: string) => `/api/secrets/${encodeURIComponent(id)}`;

async function fetchWithRetries(url: string, init: RequestInit, onRetry?: OnRetry): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url, { credentials: "same-origin", ...init }).catch(() => null);
    if (init.signal?.aborted) throw new DOMException("The transfer was stopped", "AbortError");
    const transient = response === null || response.status === 429 || response.status >= 500;
    if (!transient) return response;
    if (attempt >= TRIES) {
      throw response
        ? await refusalOf(response)
        : new ApiError(OFFLINE_STATUS, "network_error", fallbackText("offline"));
    }
    onRetry?.(attempt);
    await new Promise((resolve) => setTimeout(resolve, backoffMs(attempt)));
  }
}

async function refusalOf(response: Response): Promise<ApiError & { nextIndex?: number }> {
  const body: unknown = await response.json().catch(() => undefined);
  const nextIndex = (body as { error?: { nextIndex?: unknown } } | undefined)?.error?.nextIndex;
  return Object.assign(errorFrom(response.status, body), typeof nextIndex === "number" ? { nextIndex } : {});
}

/**
 * Uploads chunk `index` and answers the chunk the upload continues with. A chunk stored before its answer
 * was lost, or an upload further along than this page thought, answers 409 chunk_out_of_order with the
 * server's `nextIndex`: the upload resumes there.
 */
export async function uploadChunk(
  upload: { id: string; uploadToken: string; signal?: AbortSignal },
  index: number,
  sealed: Uint8Array<ArrayBuffer>,
  onRetry?: OnRetry,
): Promise<number> {
  const init: RequestInit = {
    method: "POST",
    headers: { "X-Upload-Token": upload.uploadToken, "content-type": "application/octet-stream" },
    body: sealed,
    signal: upload.signal,
  };
  const response = await fetchWithRetries(`${secretPath(upload.id)}/chunks/${index}`, init, onRetry);
  if (response.ok) return ((await response.json()) as ChunkStored).nextIndex;
  const refusal = await refusalOf(response);
  if (refusal.code === "chunk_out_of_order" && refusal.nextIndex !== undefined) return refusal.nextIndex;
  throw refusal;
}

/** Closes the upload: the secret becomes shareable. A retry whose first try got through finds it finished. */
export async function completeUpload(upload: { id: string; uploadToken: string }, onRetry?: OnRetry): Promise<void> {
  const init: RequestInit = { method: "POST", headers: { "X-Upload-Token": upload.uploadToken } };
  const response = await fetchWithRetries(`${secretPath(upload.id)}/complete`, init, onRetry);
  if (response.ok) return;
  const refusal = await refusalOf(response);
  if (refusal.code !== "upload_finished") throw refusal;
}

/** One sealed chunk of a revealed secret's files, as stored. */
export async function downloadChunk(
  id: string,
  token: string,
  index: number,
  onRetry?: OnRetry,
): Promise<Uint8Array<ArrayBuffer>> {
  const init: RequestInit = { headers: { "X-Download-Token": token, accept: "application/octet-stream" } };
  const response = await fetchWithRetries(`${secretPath(id)}/chunks/${index}`, init, onRetry);
  if (!response.ok) throw await refusalOf(response);
  return new Uint8Array(await response.arrayBuffer());
}
