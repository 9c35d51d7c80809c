// GET /api/openapi.json: the API's OpenAPI 3.1 document, generated from the route table and its zod schemas
// (protocol/openapi.ts) once per isolate, the first time it is asked for.
import type { Context } from "hono";
import { buildOpenApiDocument, type OpenApiDocument } from "../../protocol/openapi";

let document: OpenApiDocument | undefined;

export function serveOpenApiDocument(c: Context) {
  document ??= buildOpenApiDocument();
  return c.json(document);
}
