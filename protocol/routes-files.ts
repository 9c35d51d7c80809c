// The route table (protocol/routes.ts), part 5: a secret's files (PROTOCOL 2.2). Uploads carry the create's
// upload token in X-Upload-Token, downloads a reveal's download token in X-Download-Token; bodies and
// downloads are single sealed chunks (application/octet-stream), never a whole file.
import { MAX_SEALED_CHUNK_BYTES } from "./file-stream";
import { chunkStoredSchema, sealedChunkSchema, uploadCompleteSchema } from "./response-schemas";
import type { ApiRoute } from "./route-types";
import { chunkParams, resourceIdParams } from "./schemas";

export const FILE_ROUTES: readonly ApiRoute[] = [
  {
    method: "POST",
    path: "/api/secrets/:id/chunks/:index",
    summary: "Upload one sealed chunk of a secret's files",
    auth: "none",
    params: chunkParams,
    bodyLimit: MAX_SEALED_CHUNK_BYTES,
    success: 200,
    response: chunkStoredSchema,
    errors: [
      "400 invalid_input",
      "403 csrf",
      "404 not_found",
      "409 chunk_out_of_order",
      "409 upload_finished",
      "410 expired",
      "413 too_large",
    ],
  },
  {
    method: "POST",
    path: "/api/secrets/:id/complete",
    summary: "Finish the upload of a secret's files",
    auth: "none",
    params: resourceIdParams,
    success: 200,
    response: uploadCompleteSchema,
    errors: [
      "400 invalid_input",
      "403 csrf",
      "404 not_found",
      "409 upload_incomplete",
      "409 upload_finished",
      "410 expired",
    ],
  },
  {
    method: "GET",
    path: "/api/secrets/:id/chunks/:index",
    summary: "Download one sealed chunk of a revealed secret's files",
    auth: "none",
    params: chunkParams,
    success: 200,
    response: sealedChunkSchema,
    contentType: "application/octet-stream",
    errors: ["400 invalid_input", "404 not_found", "410 expired"],
  },
];
