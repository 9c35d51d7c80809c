// `npm run bench [-- --quick] [-- --check] [-- --hop-delay MS]`: how fast and how light Oncelink is, measured the same way every
// run. Timings are local (wrangler dev on this machine), so they are read as ratios within one run.
// `npm run bench -- --soak MINUTES`: the long mixed-traffic run of soak.ts on the same app, instead.

import { mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { signUp } from "./account";
import { accountPool, createsPerAccount } from "./account-pool";
import { measureApi } from "./api";
import { startApp } from "./app";
import { checkBudgets } from "./budgets";
import { measureCpu } from "./cpu";
import { measureFiles } from "./files";
import { hopSetup, measureHops } from "./hops";
import { measureIdleDashboard } from "./idle-dashboard";
import { runLighthouse } from "./lighthouse";
import { log } from "./log";
import { parseOptions } from "./options";
import { raceReveals } from "./race";
import { renderTable, writeJson } from "./report";
import type { BenchResults } from "./results";
import { measureScale } from "./scale";
import { snapshotWorkingTree } from "./snapshot";
import { runSoak } from "./soak";
import { renderSoak, writeSoakJson } from "./soak-report";
import { measurePageWeights, measureWorkerBundle } from "./weights";

const options = parseOptions(process.argv.slice(2));
const startedAt = new Date().toISOString();
const tree = snapshotWorkingTree();

log(`starting the app from a copy of the working tree (${tree.revision})`);
const app = await startApp(tree.dir).catch((error) => {
  tree.remove();
  throw error;
});
const cleanUp = async () => {
  await app.stop();
  tree.remove();
  mkdirSync("bench-results", { recursive: true });
  writeFileSync("bench-results/app.log", app.output());
};
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void cleanUp().finally(() => process.exit(130)));
}

if (options.soak !== undefined) {
  const soak = await runSoak(app, tree.dir, tree.revision, options.soak).finally(cleanUp);
  console.log(renderSoak(soak));
  console.log(`\nwritten to ${writeSoakJson(soak)} (${soak.meta.minutes}-minute soak of ${soak.meta.revision})`);
  const failed = soak.minutes.reduce((n, row) => n + row.errors + row.unexpected, 0);
  if (failed > 0) {
    console.log(`FAILED: ${failed} answers were errors or unexpected (see the table and bench-results/app.log)`);
    process.exit(1);
  }
  process.exit(0);
}

let results: BenchResults;
try {
  log("page weights and worker bundle");
  const { pages, recipient, recipientGerman } = await measurePageWeights(tree.dir);
  const worker = measureWorkerBundle(tree.dir);
  const stamp = Date.now().toString(36);
  // The scale owner holds exactly the seeded rows (and, signing up first, is the admin: it may read the
  // whole deployment's audit log); the load runs create through accounts of their own.
  const scaleOwner = await signUp(app.origin, `bench-scale-${stamp}@example.com`);
  const accounts = accountPool(app.origin, `bench-load-${stamp}`, createsPerAccount(tree.dir));
  // Round trips and storage counts first, while the app is quiet: they read its storage meter.
  log(`storage round trips (+${options.hopDelayMs} ms a hop) and storage calls per secret life`);
  const hopSetupDone = await hopSetup(app.origin, `bench-hops-${stamp}`, options.sizes.hopReps);
  const hops = await measureHops(hopSetupDone, options.hopDelayMs, options.sizes.hopReps);
  log("CPU time per request (workerd, /proc)");
  const cpu = await measureCpu({
    origin: app.origin,
    groupId: app.pid,
    accounts,
    email: hopSetupDone.email,
    counts: options.sizes.cpu,
  });
  // Scale first, while nothing else writes to D1 (reveals keep writing to it in the background).
  const scale = await measureScale(app.origin, scaleOwner, app.stateDir, options.sizes);
  const api = await measureApi(app.origin, accounts, options.sizes);
  const race = await raceReveals(app.origin, accounts, options.sizes);
  log(`files: ${options.sizes.fileMiB} MiB up and down through the chunk routes`);
  const filesOwner = await signUp(app.origin, `bench-files-${stamp}@example.com`);
  const files = await measureFiles(app.origin, filesOwner, app.pid, options.sizes.fileMiB);
  log("idle dashboard in Chromium");
  const dashboard = await measureIdleDashboard(app.origin, options.quick);
  // Last, on a quiet app: Lighthouse times the page in a browser on this machine.
  log("lighthouse: recipient page (mobile, desktop) and dashboard (mobile)");
  const lighthouseOwner = await signUp(app.origin, `bench-lighthouse-${stamp}@example.com`);
  const lighthouse = await runLighthouse(app.origin, lighthouseOwner, options.quick ? 1 : 3);
  const meta = {
    startedAt,
    mode: options.quick ? ("quick" as const) : ("full" as const),
    node: process.version,
    cpus: availableParallelism(),
    revision: tree.revision,
  };
  results = {
    meta,
    api,
    race,
    pages,
    worker,
    scale,
    recipient,
    recipientGerman,
    lighthouse,
    hops,
    cpu,
    dashboard,
    files,
  };
} finally {
  await cleanUp();
}

const checks = checkBudgets(results);
console.log(renderTable(results, checks));
console.log(`\nwritten to ${writeJson(results, checks)} (${results.meta.mode} run of ${results.meta.revision})`);
const broken = checks.filter((check) => !check.ok);
if (broken.length > 0) {
  console.log(`over budget: ${broken.map((check) => `${check.key} ${check.actual} (${check.limit})`).join("; ")}`);
  if (options.check) process.exit(1);
}
