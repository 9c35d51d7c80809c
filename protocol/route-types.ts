// The shape of the route table (protocol/routes.ts): one entry per API route, and the errors any route may answer.
import type * as z from "zod";
import type { AuditAction, ErrorCode } from "./enums";

/**
 * PROTOCOL 3.2.2. `public`: the caller is not even identified (no storage is read). `user-or-anonymous`: a
 * user, or anyone when the deployment allows anonymous creation (ALLOW_ANONYMOUS_CREATE).
 */
export type AuthLevel = "public" | "none" | "signed-in" | "user" | "user-or-anonymous" | "session-only" | "admin";

/** "400 invalid_input": the status and the code, as docs/protocol.md section 3.7 writes them. */
export type ErrorAnswer = `${number} ${ErrorCode}`;

export interface ApiRoute {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** Hono's syntax, under /api: "/api/secrets/:id". */
  path: string;
  /** One line for the OpenAPI document and its reference page (/docs/api). */
  summary?: string;
  auth: AuthLevel;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: z.ZodType;
  /** Bytes; "secret": createBodyLimit(MAX_SECRET_BYTES), a setting of the deployment. */
  bodyLimit?: number | "secret";
  /** 101: a WebSocket opened (the live feed); 302: a browser navigation sent on elsewhere (single sign-on). */
  success: 101 | 200 | 201 | 202 | 204 | 302;
  /** The success answer's body (protocol/response-schemas.ts); none for 204. */
  response?: z.ZodType;
  /** The success answer's media type when it is not JSON (the audit CSV export). */
  contentType?: "text/csv" | "application/octet-stream";
  /** Another media type the success answer takes when a query parameter asks for it (the export's NDJSON). */
  alternative?: { contentType: "application/x-ndjson"; response: z.ZodType };
  errors: readonly ErrorAnswer[];
  /** The audit event a refusal records: the refusal is the event (a failed sign-in, a wrong key). */
  refusalRecords?: readonly AuditAction[];
}

/** What any route may answer besides its own list: the host errors (5.4) and an unexpected failure. */
export const ANY_ROUTE_ERRORS: readonly ErrorAnswer[] = ["421 wrong_host", "500 misconfigured", "500 internal"];
/** A malformed, unknown or revoked bearer token, on every route that identifies its caller (3.2.1). */
export const BAD_TOKEN_ERROR: ErrorAnswer = "401 unauthenticated";
