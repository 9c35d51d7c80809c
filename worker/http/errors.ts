// Every error leaves the API as {"error": {"code", "message"}} (PROTOCOL section 3).
import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { type ApiErrorBody, MESSAGES } from "../../protocol/api";
import type { ErrorCode } from "../../protocol/enums";
import { localizedMessage } from "./localized-error";

export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: string,
    readonly extra: Record<string, number> = {},
  ) {
    super(message);
  }
}

export const secretNotFound = () => new ApiError(404, "not_found", MESSAGES.notFound);
export const secretExpired = () => new ApiError(410, "expired", MESSAGES.expired);
/** PROTOCOL 2.2: the sender has not finished uploading the secret's files; nothing was spent. */
export const uploadIncomplete = () =>
  new ApiError(409, "upload_incomplete", "The sender has not finished uploading this secret's files.");
export const unauthenticated = () => new ApiError(401, "unauthenticated", "Sign in to continue.");
export const emailTakenError = () => new ApiError(409, "email_taken", "An account with this email already exists.");
export const invalidInput = (message: string) => new ApiError(400, "invalid_input", message);

function errorBody(code: ErrorCode, message: string, extra: Record<string, number> = {}): ApiErrorBody {
  return { error: { code, message, ...extra } };
}

export function renderError(err: Error, c: Context): Response {
  if (err instanceof ApiError) {
    if (err.status === 429) c.header("Retry-After", String(err.extra.retryAfter ?? 60));
    return c.json(errorBody(err.code, localizedMessage(c, err.code, err.message), err.extra), err.status);
  }
  if (err instanceof HTTPException && err.status < 500) {
    // Hono's own 4xx (malformed JSON in a validator, for one): keep the status, give it our shape.
    const code = err.status === 413 ? "too_large" : err.status === 400 ? "invalid_input" : "bad_request";
    return c.json(errorBody(code, localizedMessage(c, code, err.message || "Bad request.")), err.status);
  }
  // Only the error's class and route: messages can quote request bodies (JSON.parse does), and those may be secret.
  console.error(`unhandled ${err.name} on ${c.req.method} ${c.req.routePath}`);
  const message = localizedMessage(c, "internal", "Something went wrong on our side. Nothing was changed.");
  return c.json(errorBody("internal", message), 500);
}
