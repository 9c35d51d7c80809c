// Global setup of the browser suite: starts the app the way the README does (scripts/start.mjs, which
// `npm start` runs) on its own port and its own local state, and stops it afterwards.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { type Seed, seed } from "./seed";

export interface RunningApp {
  origin: string;
  /** Its local state (`--persist-to`): D1, KV and every Durable Object's SQLite file, removed by stop(). */
  state: string;
  stop: () => void;
}

export function freePort(base: number): number {
  return base + Math.floor(Math.random() * 100);
}

/** One app instance with its own state; `vars` are more [vars] for it (NAME → value). */
export async function startApp(port = freePort(8800), vars: Record<string, string> = {}): Promise<RunningApp> {
  const state = mkdtempSync(join(tmpdir(), "oncelink-e2e-"));
  const varArgs = Object.entries(vars).flatMap(([name, value]) => ["--var", `${name}:${value}`]);
  const app: ChildProcess = spawn("node", ["scripts/start.mjs", "--skip-build", "--persist-to", state, ...varArgs], {
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const stop = () => {
    if (app.pid && app.exitCode === null) process.kill(-app.pid, "SIGTERM");
    rmSync(state, { recursive: true, force: true });
  };
  let output = "";
  app.stdout?.on("data", (chunk) => (output += chunk));
  app.stderr?.on("data", (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    const healthy = await fetch(`${origin}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy) return { origin, state, stop };
    if (app.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  stop();
  throw new Error(`the app did not start:\n${output}`);
}

let running: RunningApp | undefined;

export async function setup(project: TestProject): Promise<void> {
  running = await startApp();
  project.provide("origin", running.origin);
  project.provide("stateDir", running.state);
  try {
    project.provide("seed", await seed(running.origin));
  } catch (error) {
    await teardown();
    throw error;
  }
}

export async function teardown(): Promise<void> {
  running?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
    /** The app's local state directory, for tests that read what it left on disk. */
    stateDir: string;
    seed: Seed;
  }
}
