// PROTOCOL 2.2: a secret's files move one sealed chunk per request, so the Worker holds at most one chunk
// (1 MiB) of a file at a time. The secret's vault decides, in one transaction per chunk, whether it is the
// next one, fits what was declared and may still be uploaded (or, for a download, whether the reveal's window
// is still open).
import type { Context } from "hono";
import { Hono } from "hono";
import type { ChunkStored, UploadComplete } from "../../protocol/api";
import { FILE_TAG_BYTES, MAX_SEALED_CHUNK_BYTES } from "../../protocol/file-stream";
import { LINK_KEY_PATTERN } from "../../protocol/limits";
import { chunkParams, isCanonicalBase64Url, resourceIdParams } from "../../protocol/schemas";
import type { AppEnv } from "../env";
import { ApiError, invalidInput, secretExpired, secretNotFound } from "../http/errors";
import { limitBody } from "../http/validate-request";
import { endedError } from "../secrets/ended-error";
import type { UploadOutcome } from "../vault/vault-files";
import { vaultFor } from "../vault/vault-for";
import type { Ended } from "../vault/vault-types";

export const secretFileRoutes = new Hono<AppEnv>()
  .post("/secrets/:id/chunks/:index", limitBody(MAX_SEALED_CHUNK_BYTES), async (c) => {
    const { id, index } = chunkOf(c);
    const token = tokenOf(c, "X-Upload-Token");
    const chunk = new Uint8Array(await c.req.arrayBuffer());
    if (chunk.length < FILE_TAG_BYTES) throw invalidInput(`body: a sealed chunk is at least ${FILE_TAG_BYTES} bytes`);
    const outcome = await vaultFor(c.env, id).putChunk(token, index, chunk);
    if (outcome.kind !== "stored") throw await uploadRefusal(c, id, outcome);
    return c.json({ nextIndex: outcome.nextIndex, storedBytes: outcome.storedBytes } satisfies ChunkStored);
  })
  .post("/secrets/:id/complete", async (c) => {
    const parsed = resourceIdParams.safeParse({ id: c.req.param("id") });
    if (!parsed.success) throw secretNotFound();
    const token = tokenOf(c, "X-Upload-Token");
    const outcome = await vaultFor(c.env, parsed.data.id).completeUpload(token);
    if (outcome.kind !== "complete") throw await uploadRefusal(c, parsed.data.id, outcome);
    return c.json({ chunks: outcome.chunks, bytes: outcome.bytes } satisfies UploadComplete);
  })
  .get("/secrets/:id/chunks/:index", async (c) => {
    const { id, index } = chunkOf(c);
    const token = tokenOf(c, "X-Download-Token");
    const outcome = await vaultFor(c.env, id).readChunk(token, index);
    if (outcome.kind === "window_closed") throw secretExpired();
    if (outcome.kind !== "chunk") throw secretNotFound();
    return c.body(new Uint8Array(outcome.bytes), 200, {
      "Content-Type": "application/octet-stream",
      "Cache-Control": "no-store",
    });
  });

function chunkOf(c: Context<AppEnv>): { id: string; index: number } {
  const parsed = chunkParams.safeParse({ id: c.req.param("id"), index: c.req.param("index") });
  if (!parsed.success) {
    if (parsed.error.issues.some((issue) => issue.path[0] === "id")) throw secretNotFound();
    throw invalidInput("index: must be a chunk index (0, 1, 2, ...)");
  }
  return { id: parsed.data.id, index: Number(parsed.data.index) };
}

function tokenOf(c: Context<AppEnv>, header: "X-Upload-Token" | "X-Download-Token"): string {
  const token = c.req.header(header) ?? "";
  if (!LINK_KEY_PATTERN.test(token) || !isCanonicalBase64Url(token)) {
    throw invalidInput(`${header}: must be the 43-character token`);
  }
  return token;
}

async function uploadRefusal(c: Context<AppEnv>, id: string, outcome: Ended | UploadOutcome): Promise<ApiError> {
  switch (outcome.kind) {
    case "no_files":
      return secretNotFound();
    case "finished":
      return new ApiError(409, "upload_finished", "This upload is finished: it takes no more chunks.");
    case "out_of_order":
      return new ApiError(409, "chunk_out_of_order", `The upload continues with chunk ${outcome.nextIndex}.`, {
        nextIndex: outcome.nextIndex,
      });
    case "too_large":
      return new ApiError(413, "too_large", `The files would be larger than the ${outcome.limit} bytes declared.`);
    case "incomplete":
      return new ApiError(
        409,
        "upload_incomplete",
        `The upload holds ${outcome.storedBytes} of the ${outcome.declaredBytes} bytes declared.`,
      );
    case "absent":
    case "gone":
    case "expired":
      return endedError(c.var.db, id, outcome.kind);
    default:
      throw new Error(`unexpected upload outcome ${outcome.kind}`);
  }
}
