// The `oncelink` command: picks the subcommand, and turns every failure into one line on stderr and
// the exit code of its kind (cli-error.ts). Never a stack trace.
import { CliError, EXIT, usageError } from "./cli-error";
import { audit } from "./commands/audit";
import { burn } from "./commands/burn";
import { login } from "./commands/login";
import { ls } from "./commands/ls";
import { open } from "./commands/open";
import { receive } from "./commands/receive";
import { request } from "./commands/request";
import { requests } from "./commands/requests";
import { respond } from "./commands/respond";
import { share } from "./commands/share";
import { HELP } from "./help";

declare const CLI_VERSION: string;

const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  login,
  share,
  open,
  ls,
  burn,
  audit,
  request,
  respond,
  requests,
  receive,
};

async function run(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  if (command === "--version" || command === "-v" || command === "version") {
    process.stdout.write(`${CLI_VERSION}\n`);
    return;
  }
  if (command === "--help" || command === "-h" || command === "help" || args.includes("--help")) {
    process.stdout.write(HELP);
    return;
  }
  if (command === undefined) throw usageError("No command given: oncelink --help lists them");
  const handler = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!handler) throw usageError(`Unknown command: ${command} (oncelink --help lists them)`);
  await handler(args);
}

function fail(error: unknown): void {
  const known = error instanceof CliError;
  const message = known ? error.message : `Unexpected error: ${error instanceof Error ? error.message : String(error)}`;
  process.stderr.write(`${message.replace(/\s+/g, " ").trim()}\n`);
  process.exitCode = known ? error.exitCode : EXIT.failed;
}

// A reader that stops early (oncelink ls | head) is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") fail(error);
});

run(process.argv.slice(2)).then(() => {
  process.exitCode ??= EXIT.ok;
}, fail);
