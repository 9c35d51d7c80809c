// Global setup of the browser suite: starts the app the way the README does (scripts/start.mjs, which
// `npm start` runs) on its own port and its own local state, and stops it afterwards.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { type Seed, seed } from "./seed";

let app: ChildProcess | undefined;
let state: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const port = String(8800 + Math.floor(Math.random() * 100));
  state = mkdtempSync(join(tmpdir(), "oncelink-e2e-"));
  app = spawn("node", ["scripts/start.mjs", "--skip-build", "--persist-to", state], {
    env: { ...process.env, PORT: port },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  app.stdout?.on("data", (chunk) => (output += chunk));
  app.stderr?.on("data", (chunk) => (output += chunk));
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    const healthy = await fetch(`${origin}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy) {
      project.provide("origin", origin);
      try {
        project.provide("seed", await seed(origin));
      } catch (error) {
        await teardown();
        throw error;
      }
      return;
    }
    if (app.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await teardown();
  throw new Error(`the app did not start:\n${output}`);
}

export async function teardown(): Promise<void> {
  if (app?.pid) process.kill(-app.pid, "SIGTERM");
  if (state) rmSync(state, { recursive: true, force: true });
}

declare module "vitest" {
  export interface ProvidedContext {
    origin: string;
    seed: Seed;
  }
}
