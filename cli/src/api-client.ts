// The CLI's one way to call an Oncelink server: JSON in and out, the bearer token when given, and every
// failure turned into a CliError of its kind (cli-error.ts) with the server's own sentence.
import type { ApiErrorBody } from "../../protocol/api";
import { CliError, EXIT, type ExitCode } from "./cli-error";

declare const CLI_VERSION: string;

/** How long to wait for an answer's headers before calling the server unreachable. */
const ANSWER_TIMEOUT_MS = 30_000;

export interface Request {
  method?: "GET" | "POST" | "DELETE";
  body?: unknown;
  /** Sent as `Authorization: Bearer`; only ever to the configured server's origin. */
  token?: string;
  /** A binary body (a sealed file chunk), sent as application/octet-stream instead of `body`. */
  bytes?: Uint8Array<ArrayBuffer>;
  /** Extra headers: a file upload's or download's token (PROTOCOL 2.2). */
  headers?: Record<string, string>;
}

/** A refusal with the API's error body, before it becomes a CliError: commands reword a few. */
export class ApiRefusal extends CliError {
  readonly status: number;
  readonly code: string;
  readonly attemptsRemaining: number | undefined;
  /** 409 chunk_out_of_order: the chunk the upload continues with. */
  readonly nextIndex: number | undefined;

  constructor(status: number, body: ApiErrorBody["error"], exitCode: ExitCode) {
    super(exitCode, sentence(body.message));
    this.status = status;
    this.code = body.code;
    this.attemptsRemaining = body.attemptsRemaining;
    this.nextIndex = body.nextIndex;
  }
}

/** The product's sentences end with a full stop; one line on stderr reads better without it. */
const sentence = (message: string) => message.replace(/\.$/, "");

function exitCodeFor(status: number, code: string): ExitCode {
  if (["not_found", "expired", "request_closed", "request_answered"].includes(code)) return EXIT.gone;
  if (code === "incorrect_passphrase") return EXIT.wrongPassphrase;
  if (code === "invalid_link") return EXIT.usage;
  const authCodes = ["unauthenticated", "login_required", "not_recipient", "email_unverified", "session_required"];
  if (status === 401 || authCodes.includes(code) || code === "forbidden") return EXIT.auth;
  if (status >= 500) return EXIT.server;
  return EXIT.failed;
}

function unreachable(origin: string, error: unknown): CliError {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause;
  const reason =
    error instanceof DOMException && error.name === "TimeoutError"
      ? `no answer within ${ANSWER_TIMEOUT_MS / 1000} seconds`
      : typeof cause?.code === "string"
        ? cause.code
        : undefined;
  return new CliError(EXIT.network, `Cannot reach ${origin}${reason ? ` (${reason})` : ""}`);
}

/** An answer that is not the API's (a proxy's error page, say); its status tells a passing failure (5xx). */
export class NotTheApi extends CliError {
  readonly status: number;

  constructor(origin: string, status: number) {
    super(EXIT.server, `${origin} did not answer as an Oncelink server (HTTP ${status})`);
    this.status = status;
  }
}

/** Sends one request; answers the Response once it is a success, whatever its type (CSV is streamed). */
export async function send(origin: string, path: string, request: Request = {}): Promise<Response> {
  const headers: Record<string, string> = {
    accept: "application/json",
    "user-agent": `oncelink-cli/${CLI_VERSION} (Node ${process.versions.node}; ${process.platform})`,
  };
  if (request.token) headers.authorization = `Bearer ${request.token}`;
  if (request.body !== undefined) headers["content-type"] = "application/json";
  if (request.bytes !== undefined) headers["content-type"] = "application/octet-stream";
  Object.assign(headers, request.headers);
  const payload = request.bytes ?? (request.body === undefined ? undefined : JSON.stringify(request.body));
  let response: Response;
  try {
    response = await fetch(new URL(path, origin), {
      method: request.method ?? (payload === undefined ? "GET" : "POST"),
      headers,
      body: payload,
      signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS),
      // The token goes to the configured origin only; a redirect is reported, not followed.
      redirect: "manual",
    });
  } catch (error) {
    throw unreachable(origin, error);
  }
  if (response.ok) return response;
  if (response.status >= 300 && response.status < 400) {
    const target = response.headers.get("location");
    throw new CliError(EXIT.usage, `${origin} redirects${target ? ` to ${target}` : ""}: use the server's own URL`);
  }
  const body = (await response.json().catch(() => undefined)) as Partial<ApiErrorBody> | undefined;
  const error = body?.error;
  if (typeof error?.code !== "string" || typeof error.message !== "string") {
    throw new NotTheApi(origin, response.status);
  }
  if (response.status === 401 && error.code === "unauthenticated" && !request.token) {
    throw new CliError(EXIT.auth, "This needs an API token: set ONCELINK_TOKEN or run oncelink login");
  }
  throw new ApiRefusal(response.status, error as ApiErrorBody["error"], exitCodeFor(response.status, error.code));
}

/** A JSON route; 204 answers undefined. */
export async function callApi<T>(origin: string, path: string, request: Request = {}): Promise<T> {
  const response = await send(origin, path, request);
  if (response.status === 204) return undefined as T;
  try {
    return (await response.json()) as T;
  } catch {
    throw new NotTheApi(origin, response.status);
  }
}
