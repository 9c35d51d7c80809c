// The one way the UI talks to the API: JSON in and out, the session cookie, and errors as ApiError.
import type { ApiErrorBody } from "../../../protocol/api";

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly attemptsRemaining: number | undefined;

  constructor(status: number, code: string, message: string, attemptsRemaining?: number) {
    super(message);
    this.status = status;
    this.code = code;
    this.attemptsRemaining = attemptsRemaining;
  }
}

/** Status 0 means the request never got an answer. */
export const OFFLINE_STATUS = 0;

/** What the browser says itself when the server gave no sentence of its own: no answer, a broken one, an outage. */
export interface FallbackTexts {
  offline: string;
  generic: string;
  unavailable: string;
}

/**
 * English until a page's runtime gives its own language's sentences (setFallbackTexts): this file is shared by
 * the app and the recipient page, which have catalogs and runtimes of their own.
 */
export const OFFLINE_MESSAGE = "Can't reach Oncelink right now. Check your connection and try again.";
let fallback: FallbackTexts = {
  offline: OFFLINE_MESSAGE,
  generic: "Something went wrong. Please try again.",
  unavailable: "Oncelink is having trouble right now. Please try again in a moment.",
};

/** Called once by each page's runtime, before its first request, with its catalog's sentences. */
export function setFallbackTexts(texts: FallbackTexts): void {
  fallback = texts;
}

/** The current language's sentence for a failure the server did not explain. */
export function fallbackText(kind: keyof FallbackTexts): string {
  return fallback[kind];
}

interface RequestOptions {
  method?: "GET" | "POST" | "PATCH" | "DELETE";
  /** Sent as JSON; a body implies POST unless a method is given. */
  body?: unknown;
}

/** Only api-routes.ts calls this: there each route names its answer's type once, from protocol/api.ts. */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: "application/json" };
  const init: RequestInit = { credentials: "same-origin", headers };
  init.method = options.method ?? (options.body === undefined ? "GET" : "POST");
  if (options.body !== undefined) {
    headers["content-type"] = "application/json";
    init.body = JSON.stringify(options.body);
  }

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch {
    throw new ApiError(OFFLINE_STATUS, "network_error", fallback.offline);
  }
  if (response.status === 204) return undefined as T;

  // A proxy or an outage can answer with HTML; that must read as an error, not crash the page.
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) throw errorFrom(response.status, body);
  if (body === undefined) throw new ApiError(response.status, "bad_response", fallback.generic);
  return body as T;
}

export function errorFrom(status: number, body: unknown): ApiError {
  const error = (body as Partial<ApiErrorBody> | null | undefined)?.error;
  if (typeof error?.code === "string" && typeof error.message === "string") {
    return new ApiError(status, error.code, error.message, error.attemptsRemaining);
  }
  const message = status >= 500 ? fallback.unavailable : fallback.generic;
  return new ApiError(status, "http_error", message);
}

/** What to tell the user about any failure: the server's sentence when there is one. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : fallback.generic;
}
