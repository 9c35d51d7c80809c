// How the CLI's tests (cli/test/, and the browser suite's e2e/cli-links.test.ts) drive the built CLI: as
// a child process, on Node 20 where the machine has it (/usr/bin/node), with an environment of its own.
import { execFileSync, spawn } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const CLI_BUNDLE = new URL("../dist/oncelink.mjs", import.meta.url).pathname;
/** The oldest Node the CLI supports, as a clean machine has it; npm scripts themselves run Node 24. */
export const CLI_NODE = existsSync("/usr/bin/node") ? "/usr/bin/node" : process.execPath;
export const CLI_NODE_VERSION = execFileSync(CLI_NODE, ["--version"], { encoding: "utf8" }).trim();

export interface CliRun {
  code: number | null;
  /** Exactly the bytes written, so a test can tell whether a newline was added. */
  stdout: Buffer;
  stderr: string;
}

export interface CliOptions {
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  /** Defaults to the bundle in cli/dist. */
  entry?: string;
}

/** A config dir of its own per call unless `env` names one, so no run reads the developer's ~/.config. */
export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("ONCELINK_")));
  const env = {
    ...inherited,
    ONCELINK_CONFIG_DIR: mkdtempSync(join(tmpdir(), "oncelink-cli-config-")),
    ...options.env,
  };
  const child = spawn(CLI_NODE, [options.entry ?? CLI_BUNDLE, ...args], { env, stdio: ["pipe", "pipe", "pipe"] });
  const stdout: Buffer[] = [];
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk));
  child.stdin.end(options.input ?? "");
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(stdout), stderr }));
  });
}

let addresses = 0;

/**
 * A member account with an API token, made through the public API. Each sign-up claims a client address
 * of its own at random (wrangler dev passes CF-Connecting-IP through), as five sign-ups a minute are allowed per
 * address.
 */
export async function newAccount(
  origin: string,
  label: string,
): Promise<{ email: string; token: string; cookie: string }> {
  addresses += 1;
  // Random, not counted from 1: each test file is its own module, and they run side by side.
  const [a = 0, b = 0] = crypto.getRandomValues(new Uint8Array(2));
  const headers = { "content-type": "application/json", origin, "CF-Connecting-IP": `198.19.${a}.${b}` };
  const email = `${label}-${Date.now()}-${addresses}@example.com`;
  const signup = await fetch(`${origin}/api/auth/signup`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email, password: "plum kettle orbit saxophone 42" }),
  });
  if (signup.status !== 201) throw new Error(`sign-up answered ${signup.status}: ${await signup.text()}`);
  const cookie = (signup.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
  const created = await fetch(`${origin}/api/tokens`, {
    method: "POST",
    headers: { ...headers, cookie },
    body: JSON.stringify({ name: `${label} CLI` }),
  });
  if (created.status !== 201) throw new Error(`token answered ${created.status}: ${await created.text()}`);
  const { token } = (await created.json()) as { token: string };
  return { email, token, cookie };
}

/** A loopback port nobody listens on: taken from the system, then let go. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** util-linux's `script`, which runs a command on a pseudo-terminal of its own: the CLI then sees a TTY. */
export const SCRIPT = ["/usr/bin/script", "/bin/script"].find((path) => existsSync(path));

const shellQuote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/**
 * Runs the CLI on a terminal and types each answer (then Enter) once its prompt has appeared, as a person
 * does: typed earlier, the terminal would still echo it. Answers everything the terminal showed.
 */
export function runInTerminal(
  args: string[],
  answers: { prompt: string; type: string }[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; screen: string }> {
  if (!SCRIPT) throw new Error("no script(1) on this machine");
  const command = [CLI_NODE, CLI_BUNDLE, ...args].map(shellQuote).join(" ");
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("ONCELINK_")));
  const configDir = mkdtempSync(join(tmpdir(), "oncelink-cli-config-"));
  const child = spawn(SCRIPT, ["-q", "-e", "-c", command, "/dev/null"], {
    env: { ...inherited, ONCELINK_CONFIG_DIR: configDir, ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let screen = "";
  let answered = 0;
  let seen = 0;
  child.stdout.on("data", (chunk: Buffer) => {
    screen += chunk.toString();
    const next = answers[answered];
    if (next && screen.indexOf(next.prompt, seen) >= 0) {
      seen = screen.indexOf(next.prompt, seen) + next.prompt.length;
      answered += 1;
      child.stdin.write(`${next.type}\r`);
    }
  });
  const timer = setTimeout(() => child.kill("SIGKILL"), 45_000);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      child.stdin.destroy();
      resolve({ code, screen });
    });
  });
}
