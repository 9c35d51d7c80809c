// Command-line parsing on node:util's parseArgs, with every mistake reported as a usage error.
import { type ParseArgsConfig, parseArgs } from "node:util";
import { MAX_EXPIRES_IN, MAX_VIEWS, MIN_EXPIRES_IN, SECRET_ID_PATTERN } from "../../protocol/limits";
import { usageError } from "./cli-error";

type Options = NonNullable<ParseArgsConfig["options"]>;

const NO_PASSPHRASE_ARGUMENT =
  "A passphrase is never taken as an argument (shell history and ps would keep it): use --passphrase-env VAR or --passphrase-prompt";

function parseStrictly<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    // parseArgs explains at length; its first sentence is the point.
    throw usageError(String((error as Error).message).split(". ")[0] ?? "Invalid arguments");
  }
}

/**
 * A secret's id may begin with "-" (base64url): such an argument is the id, not a flag, unless it names one
 * of the command's flags. It goes after a "--", where parseArgs takes only positionals.
 */
function idsAfterTerminator(args: string[], options: Options): string[] {
  if (args.includes("--")) return args;
  const isFlag = (arg: string) =>
    Object.keys(options).some((name) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  const ids = args.filter((arg) => arg.startsWith("-") && SECRET_ID_PATTERN.test(arg) && !isFlag(arg));
  return ids.length === 0 ? args : [...args.filter((arg) => !ids.includes(arg)), "--", ...ids];
}

/** The flags and at most `positionals` arguments of one command. */
export function parseCommand<T extends Options>(args: string[], options: T, positionals: number) {
  if (args.some((arg) => arg === "--passphrase" || arg.startsWith("--passphrase="))) {
    throw usageError(NO_PASSPHRASE_ARGUMENT);
  }
  const parsed = parseStrictly(idsAfterTerminator(args, options), options);
  if (parsed.positionals.length > positionals) {
    throw usageError(`Unexpected argument: ${parsed.positionals[positionals]}`);
  }
  return parsed;
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** A span of time: SECONDS, or a number with s, m, h or d (15m, 1h, 7d). */
export function parseDuration(flag: string, text: string): number {
  const match = /^(\d{1,9})([smhd]?)$/.exec(text.trim());
  if (!match) throw usageError(`${flag} takes SECONDS or a number with s, m, h or d (15m, 1h, 7d): got ${text}`);
  return Number(match[1]) * (UNITS[match[2] || "s"] ?? 1);
}

export function parseExpires(text: string): number {
  const seconds = parseDuration("--expires", text);
  if (seconds < MIN_EXPIRES_IN || seconds > MAX_EXPIRES_IN) {
    throw usageError(`--expires must be from 1m to 7d (${MIN_EXPIRES_IN} to ${MAX_EXPIRES_IN} seconds): got ${text}`);
  }
  return seconds;
}

export function parseViews(text: string): number {
  const views = /^\d{1,3}$/.test(text) ? Number(text) : Number.NaN;
  if (!(views >= 1 && views <= MAX_VIEWS)) throw usageError(`--views must be a whole number from 1 to ${MAX_VIEWS}`);
  return views;
}

/** --passphrase-env VAR: the variable's value, which must be set and not empty. */
export function passphraseFromEnv(variable: string): string {
  const value = process.env[variable];
  if (!value) throw usageError(`--passphrase-env ${variable}: the variable is not set or is empty`);
  return value;
}
