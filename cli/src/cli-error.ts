// The one kind of failure the CLI reports: a sentence for stderr and the exit code of its kind. Every
// failure ends as one of these (main.ts), so the user sees one line and never a stack trace.

/** The exit code of each kind of failure; README's table and `oncelink --help` list the same. */
export const EXIT = {
  ok: 0,
  /** Refused by the server for another reason (rate limit, quota, too large, invalid input), or unexpected. */
  failed: 1,
  /** A wrong command, flag, value or link, or no server configured. */
  usage: 2,
  /** The secret is gone: not found, already viewed, burned or expired; or a request takes no more responses. */
  gone: 3,
  wrongPassphrase: 4,
  /** No API token, or one that is invalid or revoked; or the secret is for another (or a signed-in) account. */
  auth: 5,
  /** The server could not be reached. */
  network: 6,
  /** The server failed (5xx) or answered something that is not the Oncelink API. */
  server: 7,
  /** Ctrl+C at a prompt. */
  cancelled: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export class CliError extends Error {
  readonly exitCode: ExitCode;

  constructor(exitCode: ExitCode, message: string) {
    super(message);
    this.exitCode = exitCode;
  }
}

export const usageError = (message: string) => new CliError(EXIT.usage, message);
