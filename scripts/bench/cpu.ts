// CPU time per request, read from the kernel: workerd's user + system time (/proc/PID/stat) across N
// requests of one kind, after a warm-up, minus what the same wall time costs an idle workerd. It counts
// everything workerd does for those requests (the Worker, the Durable Objects, their waitUntil work and the
// ledger's alarm, and the local D1 and Durable Object storage that workerd emulates in the same process),
// so it is an upper bound on the Worker's own CPU time. docs/capacity.md says what it leaves out.
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { distinctClientIp, PASSWORD, revealBody, sealBodies } from "./account";
import type { AccountPool } from "./account-pool";
import { sleep } from "./app";
import { log } from "./log";

export interface CpuCase {
  key: "floor" | "create" | "peek" | "reveal" | "signIn";
  name: string;
  requests: number;
  /** workerd CPU ms per request, idle baseline taken off. */
  cpuMs: number;
}

export interface CpuResults {
  /** workerd's CPU ms per second of wall time while no request runs. */
  idleMsPerSecond: number;
  cases: CpuCase[];
}

interface Request {
  path: string;
  method: string;
  headers: Record<string, string>;
  body?: string;
}

const TICKS_PER_SECOND = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;
const CONCURRENCY = 4;

/** /proc/PID/stat of every workerd process in the app's process group (the ones still running). */
export function workerdStats(groupId: number): { pid: string; fields: string[] }[] {
  const found: { pid: string; fields: string[] }[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // exited meanwhile
    }
    const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
    // Fields after the command: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime stime.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (comm.includes("workerd") && Number(fields[2]) === groupId) found.push({ pid: entry, fields });
  }
  if (found.length === 0) throw new Error(`no workerd process in process group ${groupId} (/proc)`);
  return found;
}

/** user + system CPU ms of every workerd process in the app's process group. */
function workerdCpuMs(groupId: number): number {
  const ticks = workerdStats(groupId).reduce((sum, { fields }) => sum + Number(fields[11]) + Number(fields[12]), 0);
  return (ticks / TICKS_PER_SECOND) * 1000;
}

export interface CpuSetup {
  origin: string;
  /** The app's process group (RunningApp.pid). */
  groupId: number;
  accounts: AccountPool;
  email: string;
  counts: Record<CpuCase["key"], number>;
}

export async function measureCpu(setup: CpuSetup): Promise<CpuResults> {
  const { origin, groupId, accounts, counts } = setup;
  const before = workerdCpuMs(groupId);
  const idleStarted = performance.now();
  await sleep(2000);
  const idleMsPerSecond = (workerdCpuMs(groupId) - before) / ((performance.now() - idleStarted) / 1000);

  const bodies = await sealBodies(16);
  let nextBody = 0;
  const createRequest = (): Request => {
    const sealed = bodies[nextBody++ % bodies.length];
    return { method: "POST", path: "/api/secrets", headers: accounts.next().headers, body: sealed?.body };
  };
  const made: { id: string; proof: string }[] = [];
  const createOne = async () => {
    const proof = bodies[nextBody % bodies.length]?.proof ?? "";
    const res = await fetch(`${origin}/api/secrets`, createRequest());
    if (res.status !== 201) throw new Error(`create answered ${res.status}`);
    made.push({ id: ((await res.json()) as { secret: { id: string } }).secret.id, proof });
  };
  const warm = 3;
  await accounts.reserve(counts.create + counts.reveal + 3 * warm + 1);
  for (let i = 0; i < counts.reveal + 2 * warm + 1; i++) await createOne();
  const peekId = made.pop()?.id;
  const kinds: [CpuCase["key"], string, () => Request][] = [
    // What any answer costs here (HTTP, wrangler's local proxy, the router), touching no storage.
    ["floor", "GET /api/health (no storage)", () => ({ method: "GET", path: "/api/health", headers: {} })],
    ["create", "create (cookie, client-encrypted)", createRequest],
    ["peek", "peek, anonymous", () => ({ method: "GET", path: `/api/secrets/${peekId}`, headers: {} })],
    [
      "reveal",
      "reveal, anonymous",
      () => {
        const secret = made.pop();
        return {
          method: "POST",
          path: `/api/secrets/${secret?.id}/reveal`,
          headers: { "content-type": "application/json", "cf-connecting-ip": distinctClientIp() },
          body: revealBody(secret?.proof ?? ""),
        };
      },
    ],
    [
      "signIn",
      "sign-in (600,000 PBKDF2 iterations)",
      () => ({
        method: "POST",
        path: "/api/auth/login",
        headers: { "content-type": "application/json", origin, "cf-connecting-ip": distinctClientIp() },
        body: JSON.stringify({ email: setup.email, password: PASSWORD }),
      }),
    ],
  ];
  const cases: CpuCase[] = [];
  for (const [key, name, make] of kinds) {
    await runAll(origin, make, warm);
    await sleep(1200); // the warm-up's seal alarm, outside the window
    const started = performance.now();
    const cpuBefore = workerdCpuMs(groupId);
    await runAll(origin, make, counts[key]);
    await sleep(1200); // inside the window: the waitUntil work and the ledger's alarm these requests caused
    const seconds = (performance.now() - started) / 1000;
    const cpuMs = (workerdCpuMs(groupId) - cpuBefore - idleMsPerSecond * seconds) / counts[key];
    log(`  ${name}: ${cpuMs.toFixed(2)} ms CPU per request (${counts[key]} requests)`);
    cases.push({ key, name, requests: counts[key], cpuMs });
  }
  return { idleMsPerSecond, cases };
}

/** `count` requests, CONCURRENCY at a time; any answer but 2xx stops the bench. */
async function runAll(origin: string, make: () => Request, count: number): Promise<void> {
  let left = count;
  const worker = async () => {
    while (left > 0) {
      left -= 1;
      const request = make();
      const res = await fetch(`${origin}${request.path}`, request);
      if (!res.ok) throw new Error(`${request.method} ${request.path} answered ${res.status}: ${await res.text()}`);
      await res.arrayBuffer();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
}
