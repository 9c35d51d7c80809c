// Lighthouse 12.2.3 (pinned in package.json) on the running app, in headless Chromium: the recipient page on
// a phone (Lighthouse's default: simulated slow 4G, 4x CPU slowdown) and on desktop, and the signed-in
// create/dashboard page on a phone, each `runs` times (1 in --quick, 3 in a full run), keeping Lighthouse's
// own median run (closest to the median FCP and TTI). Each kept JSON report goes to bench-results/lighthouse-*.json.
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { envelopeUpload, sealSecret } from "../../protocol/envelope";
import type { Owner } from "./account";

export interface LighthouseRun {
  key: "recipient-mobile" | "recipient-desktop" | "dashboard-mobile";
  name: string;
  /** Performance, 0-100. */
  score: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Requests Lighthouse saw the page make, the API's included, and its longest critical chain. */
  requests: number;
  longestChain: number;
  report: string;
  /** Lighthouse's measure of this machine's CPU at the time (BenchmarkIndex): low means loaded or slow. */
  benchmarkIndex: number;
  runs: number;
}

interface Audit {
  numericValue?: number;
  details?: { items?: unknown[]; longestChain?: { length?: number } };
}
interface Lhr {
  categories: { performance: { score: number | null } };
  audits: Record<string, Audit | undefined>;
  runtimeError?: { message: string };
  environment?: { benchmarkIndex?: number };
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** `owner`'s share link of a fresh secret, with its key in the fragment (a peek never spends it). */
async function shareLink(origin: string, owner: Owner): Promise<string> {
  const sealed = await sealSecret({ text: "measured by lighthouse" });
  const body = JSON.stringify({ ...envelopeUpload(sealed), expiresIn: 3600, maxViews: 1 });
  const res = await fetch(`${origin}/api/secrets`, { method: "POST", headers: owner.headers, body });
  if (res.status !== 201) throw new Error(`lighthouse: create answered ${res.status}: ${await res.text()}`);
  const { secret } = (await res.json()) as { secret: { id: string } };
  return `${origin}/s/${secret.id}#${sealed.linkKey}`;
}

/** Runs one after another (in parallel they would slow each other's simulated CPU down). */
export async function runLighthouse(origin: string, owner: Owner, runs: number): Promise<LighthouseRun[]> {
  mkdirSync("bench-results", { recursive: true });
  const link = await shareLink(origin, owner);
  const cookie = owner.headers.cookie ?? "";
  return [
    await audit("recipient-mobile", "Lighthouse: recipient /s/:id, mobile", link, [], runs),
    await audit("recipient-desktop", "Lighthouse: recipient /s/:id, desktop", link, ["--preset=desktop"], runs),
    await audit(
      "dashboard-mobile",
      "Lighthouse: create/dashboard /, mobile, signed in",
      `${origin}/`,
      [`--extra-headers=${JSON.stringify({ cookie })}`],
      runs,
    ),
  ];
}

async function audit(
  key: LighthouseRun["key"],
  name: string,
  url: string,
  flags: string[],
  runs: number,
): Promise<LighthouseRun> {
  const report = join("bench-results", `lighthouse-${key}.json`);
  const results: Lhr[] = [];
  for (let i = 0; i < runs; i++) results.push(await lighthouseOnce(url, flags, report));
  const { computeMedianRun } = (await import("lighthouse/core/lib/median-run.js")) as unknown as {
    computeMedianRun(runs: Lhr[]): Lhr;
  };
  const lhr = computeMedianRun(results);
  writeFileSync(report, `${JSON.stringify(lhr)}\n`);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    key,
    name,
    score: Math.round((lhr.categories.performance.score ?? Number.NaN) * 100),
    lcpMs: value("largest-contentful-paint"),
    tbtMs: value("total-blocking-time"),
    cls: value("cumulative-layout-shift"),
    requests: lhr.audits["network-requests"]?.details?.items?.length ?? Number.NaN,
    longestChain: lhr.audits["critical-request-chains"]?.details?.longestChain?.length ?? Number.NaN,
    report,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? Number.NaN,
    runs,
  };
}

async function lighthouseOnce(url: string, flags: string[], report: string): Promise<Lhr> {
  await run(process.execPath, [
    join("node_modules", "lighthouse", "cli", "index.js"),
    url,
    "--only-categories=performance",
    "--output=json",
    `--output-path=${report}`,
    "--chrome-flags=--headless=new --no-sandbox",
    "--quiet",
    ...flags,
  ]);
  const lhr = JSON.parse(readFileSync(report, "utf8")) as Lhr;
  if (lhr.runtimeError) throw new Error(`lighthouse ${url}: ${lhr.runtimeError.message}`);
  return lhr;
}

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr?.on("data", (chunk) => (stderr += chunk));
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited with ${code}:\n${stderr.slice(-2000)}`)),
    );
  });
}
