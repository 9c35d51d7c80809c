// Where the CLI finds its server and API token: ONCELINK_URL and ONCELINK_TOKEN win over the file that
// `oncelink login` writes (config.json in the config dir, mode 0600, its folder 0700).
import { chmodSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { CliError, EXIT, usageError } from "./cli-error";

export interface Settings {
  /** The deployment's origin, e.g. https://secrets.acme.com. */
  url?: string;
  token?: string;
}

type Env = Record<string, string | undefined>;

/** ONCELINK_CONFIG_DIR, else $XDG_CONFIG_HOME/oncelink, else %APPDATA%\oncelink on Windows, else ~/.config/oncelink. */
export function configDir(env: Env = process.env): string {
  if (env.ONCELINK_CONFIG_DIR) return env.ONCELINK_CONFIG_DIR;
  if (env.XDG_CONFIG_HOME) return join(env.XDG_CONFIG_HOME, "oncelink");
  if (process.platform === "win32" && env.APPDATA) return join(env.APPDATA, "oncelink");
  return join(homedir(), ".config", "oncelink");
}

export const configFile = (env: Env = process.env) => join(configDir(env), "config.json");

function readConfigFile(path: string): Settings {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return {};
  }
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null) throw new TypeError("not an object");
    const { url, token } = parsed as Record<string, unknown>;
    return { url: typeof url === "string" ? url : undefined, token: typeof token === "string" ? token : undefined };
  } catch {
    throw usageError(`${path} is not a valid configuration file: run oncelink login again`);
  }
}

/** The server's origin from what a user typed ("https://secrets.acme.com/" or with a path): http(s) only. */
export function originOf(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw usageError(`Not a URL: ${url}`);
  }
  if (parsed.protocol !== "https:" && parsed.protocol !== "http:") throw usageError(`Not an http(s) URL: ${url}`);
  return parsed.origin;
}

/** The settings in force: each environment variable wins over the stored value. */
export function loadSettings(env: Env = process.env): Settings {
  const stored = readConfigFile(configFile(env));
  const url = env.ONCELINK_URL || stored.url;
  const token = env.ONCELINK_TOKEN || stored.token;
  return { url: url ? originOf(url) : undefined, token: token || undefined };
}

/** Written to a temporary file (mode 0600 from the start) and renamed, so no reader sees half a file. */
export function saveSettings(settings: Required<Settings>, env: Env = process.env): string {
  const dir = configDir(env);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const path = configFile(env);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, path);
  return path;
}

export function requireUrl(settings: Settings): string {
  if (!settings.url) throw usageError("No Oncelink server: set ONCELINK_URL or run oncelink login --url URL");
  return settings.url;
}

export function requireToken(settings: Settings): string {
  if (!settings.token) throw new CliError(EXIT.auth, "No API token: set ONCELINK_TOKEN or run oncelink login");
  return settings.token;
}
