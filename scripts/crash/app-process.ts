// The app as `npm start` runs it (scripts/start.mjs: D1 migrations, then wrangler dev with its workerd
// processes), in a process group of its own on the given port and --persist-to state, so that one
// SIGKILL to the group takes every server process down at once, the way a power cut or an OOM kill would.
import { type ChildProcess, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { sleep } from "../bench/app";

export interface AppProcess {
  origin: string;
  /** What the app printed so far. */
  output(): string;
  /** SIGKILL to the whole group; resolves once no process of it is left, or throws naming the survivors. */
  kill(): Promise<void>;
}

const START_TIMEOUT_MS = 180_000;
/** Every app started and not yet killed, ready or still starting: what an interrupted run must stop. */
const started = new Map<ChildProcess, number>();
const KILL_TIMEOUT_MS = 10_000;

export async function startAppProcess(port: number, stateDir: string): Promise<AppProcess> {
  // The UI was built once before the first start; every start after that is a restart of the same build.
  const child = spawn(process.execPath, ["scripts/start.mjs", "--skip-build", "--persist-to", stateDir], {
    env: { ...process.env, PORT: String(port), WRANGLER_SEND_METRICS: "false" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  started.set(child, port);
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const app: AppProcess = {
    origin: `http://127.0.0.1:${port}`,
    output: () => output,
    kill: () => killGroup(child, port),
  };
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline && child.exitCode === null) {
    const healthy = await fetch(`${app.origin}/api/health`).then(
      (res) => res.ok,
      () => false,
    );
    if (healthy) return app;
    await sleep(250);
  }
  await app.kill().catch(() => undefined);
  throw new Error(`the app did not start:\n${output.slice(-4000)}`);
}

/** For Ctrl-C: kills every app this process started, including one still starting. */
export async function killEveryApp(): Promise<void> {
  await Promise.all([...started].map(([child, port]) => killGroup(child, port).catch(() => undefined)));
}

async function killGroup(child: ChildProcess, port: number): Promise<void> {
  started.delete(child);
  const group = child.pid;
  if (!group) return;
  const survivors = () => [...processesInGroup(group), ...workerdServing(port)];
  try {
    process.kill(-group, "SIGKILL");
  } catch {
    // The group is already gone.
  }
  const deadline = Date.now() + KILL_TIMEOUT_MS;
  let left = survivors();
  while (left.length > 0 && Date.now() < deadline) {
    await sleep(50);
    left = survivors();
  }
  if (left.length > 0) throw new Error(`still running after SIGKILL: ${left.join(", ")}`);
}

/** A workerd that left the group (none should) but still serves this port would keep state open: count it too. */
function workerdServing(port: number): string[] {
  return livePids()
    .filter((pid) => {
      const args = readProc(pid, "cmdline")?.split("\0") ?? [];
      return args[0]?.endsWith("workerd") && args.some((arg) => arg.includes(`127.0.0.1:${port}`));
    })
    .map((pid) => `${pid} workerd`);
}

function livePids(): string[] {
  return readdirSync("/proc").filter((entry) => /^\d+$/.test(entry));
}

function readProc(pid: string, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return undefined; // exited while we looked
  }
}

/** "pid name" of every live process in the group (wrangler's node, workerd...), read from /proc. */
export function processesInGroup(group: number): string[] {
  const found: string[] = [];
  for (const entry of livePids()) {
    const stat = readProc(entry, "stat");
    if (!stat) continue;
    // pid (comm) state ppid pgrp ...: comm may hold spaces, so split after its closing parenthesis.
    const close = stat.lastIndexOf(")");
    const [state, , pgrp] = stat.slice(close + 2).split(" ");
    if (Number(pgrp) === group && state !== "Z") found.push(`${entry} ${stat.slice(stat.indexOf("(") + 1, close)}`);
  }
  return found;
}
