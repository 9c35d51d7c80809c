// Starts the app the way `npm start` does (scripts/start.mjs: UI build, D1 migrations, wrangler dev) in the
// given tree, on a free port with its own throwaway state, so a bench never touches .wrangler/state or
// another run on 8787.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface RunningApp {
  origin: string;
  /** The first process's id, which is also its process group's: wrangler and workerd run below it. */
  pid: number;
  /** What wrangler printed so far. */
  output(): string;
  /** The --persist-to directory: local D1, Durable Objects and KV of this run only. */
  stateDir: string;
  stop(): Promise<void>;
}

export async function startApp(tree: string): Promise<RunningApp> {
  const port = await freePort();
  const stateDir = mkdtempSync(join(tmpdir(), "oncelink-bench-"));
  const child = spawn(process.execPath, ["scripts/start.mjs", "--persist-to", stateDir], {
    cwd: tree,
    env: { ...process.env, PORT: String(port), WRANGLER_SEND_METRICS: "false" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, so stopping it also stops wrangler and workerd underneath.
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  if (child.pid === undefined) {
    rmSync(stateDir, { recursive: true, force: true });
    throw new Error("the app's process could not be started");
  }
  const app: RunningApp = {
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid,
    output: () => output,
    stateDir,
    stop: () => stopApp(child, stateDir),
  };
  for (let i = 0; i < 480 && child.exitCode === null; i++) {
    const healthy = await fetch(`${app.origin}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy) return app;
    await sleep(250);
  }
  await app.stop();
  throw new Error(`the app did not start:\n${output}`);
}

async function stopApp(child: ChildProcess, stateDir: string): Promise<void> {
  if (child.pid && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, sleep(5000)]);
  }
  rmSync(stateDir, { recursive: true, force: true });
}

/** A port the kernel just handed out, so two benches (or a bench and `npm start`) never collide. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject()));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
