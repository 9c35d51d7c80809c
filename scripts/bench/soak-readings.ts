// Resident memory and CPU time of the app's processes, read from /proc (Linux only): every process in the
// app's process group or below its first process, so wrangler's workerd children are found however they
// were spawned. The machine's load average goes with each reading: on a shared machine it tells a slow
// minute of the app from a busy minute of its neighbours.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

export interface ProcessUsage {
  pid: number;
  /** The kernel's short name: "workerd", "node", "esbuild", ... */
  name: string;
  rssBytes: number;
  /** The part of rssBytes that is anonymous memory (heaps, caches held by the process)... */
  anonBytes: number;
  /** ...and the part mapped from files (code, SQLite's shared-memory and mapped database pages). */
  fileBytes: number;
  /** User plus system CPU time since the process started. */
  cpuSeconds: number;
}

export interface ProcessReading {
  /** Milliseconds since the soak started. */
  at: number;
  /** The sum over the workerd processes: the Worker, its Durable Objects and wrangler's proxy. */
  workerdRssBytes: number;
  /** Its anonymous part (the rest is mapped files). */
  workerdAnonBytes: number;
  /** CPU time of every process of the app (workerd, wrangler's node, esbuild) since each started. */
  appCpuSeconds: number;
  /** The machine's 1-minute load average (runnable tasks; this machine has availableParallelism() cores). */
  loadAverage: number;
  processes: ProcessUsage[];
  /** Bytes on disk under the run's --persist-to directory (local D1, Durable Objects, KV). */
  stateBytes: number;
}

interface ProcEntry {
  pid: number;
  name: string;
  ppid: number;
  pgrp: number;
  cpuSeconds: number;
}

/** USER_HZ, the unit of /proc/PID/stat's times: 100 on every mainstream Linux architecture. */
const CLOCK_TICKS_PER_SECOND = 100;

export function readProcesses(rootPid: number, stateDir: string, at: number): ProcessReading {
  const processes = processTree(rootPid).flatMap((entry) => {
    const status = readOrNull(`/proc/${entry.pid}/status`);
    const rssBytes = status === null ? null : kilobytes(status, "VmRSS");
    if (status === null || rssBytes === null) return [];
    const anonBytes = kilobytes(status, "RssAnon") ?? 0;
    const fileBytes = (kilobytes(status, "RssFile") ?? 0) + (kilobytes(status, "RssShmem") ?? 0);
    return [{ pid: entry.pid, name: entry.name, rssBytes, anonBytes, fileBytes, cpuSeconds: entry.cpuSeconds }];
  });
  const workerd = processes.filter((p) => p.name === "workerd");
  const workerdRssBytes = workerd.reduce((sum, p) => sum + p.rssBytes, 0);
  const workerdAnonBytes = workerd.reduce((sum, p) => sum + p.anonBytes, 0);
  const appCpuSeconds = processes.reduce((sum, p) => sum + p.cpuSeconds, 0);
  const loadAverage = Number(readOrNull("/proc/loadavg")?.split(" ")[0] ?? Number.NaN);
  const stateBytes = directoryBytes(stateDir);
  return { at, workerdRssBytes, workerdAnonBytes, appCpuSeconds, loadAverage, processes, stateBytes };
}

function processTree(rootPid: number): ProcEntry[] {
  const all = readdirSync("/proc").flatMap((name) => {
    if (!/^\d+$/.test(name)) return [];
    const entry = readStat(Number(name));
    return entry ? [entry] : [];
  });
  const inTree = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const entry of all) {
      if (!inTree.has(entry.pid) && (inTree.has(entry.ppid) || entry.pgrp === rootPid)) {
        inTree.add(entry.pid);
        grew = true;
      }
    }
  }
  return all.filter((entry) => inTree.has(entry.pid));
}

/**
 * /proc/PID/stat: "pid (comm) state ppid pgrp ... utime stime ..." (utime and stime are fields 14 and 15),
 * where comm may itself hold spaces and parentheses.
 */
function readStat(pid: number): ProcEntry | null {
  const text = readOrNull(`/proc/${pid}/stat`);
  if (!text) return null;
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  const fields = text.slice(close + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]);
  const name = text.slice(open + 1, close);
  return { pid, name, ppid: Number(fields[1]), pgrp: Number(fields[2]), cpuSeconds: ticks / CLOCK_TICKS_PER_SECOND };
}

/** A "Name:   123 kB" line of /proc/PID/status, in bytes. */
function kilobytes(status: string, field: string): number | null {
  const kb = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1];
  return kb ? Number(kb) * 1024 : null;
}

/** A process can end between listing /proc and reading it. */
function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return null;
  }
}

function directoryBytes(dir: string): number {
  let total = 0;
  const entries = (() => {
    try {
      return readdirSync(dir, { recursive: true, encoding: "utf8" });
    } catch {
      return [];
    }
  })();
  for (const entry of entries) {
    try {
      const stats = statSync(join(dir, entry));
      if (stats.isFile()) total += stats.size;
    } catch {
      // Deleted meanwhile (a vault's storage after its last view).
    }
  }
  return total;
}
