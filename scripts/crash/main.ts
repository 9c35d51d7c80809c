// `npm run test:crash`: crash recovery, end to end. Starts the app as `npm start` does on throwaway state,
// drives creates, racing reveals and burns, SIGKILLs every server process mid-storm (early, mid, late in
// the storm: one round each), restarts on the same state and checks what the product promises across the
// crash. Prints what was in flight at each kill; exits 1 when any check fails. CRASH_ROUNDS=N for more
// rounds (kill points spread from 10% to 90% of each storm), CRASH_SECRETS=N for bigger storms.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type Owner, signUp } from "../bench/account";
import { freePort } from "../bench/app";
import { type AppProcess, killEveryApp, startAppProcess } from "./app-process";
import { checkVaultsAtTheEnd } from "./final-check";
import { ROUNDS, SECRETS } from "./options";
import { type Check, checkRecovery, raceRemainingViews, settle } from "./recovery";
import { runStorm, type TrackedSecret } from "./storm";
import { is2xx, noAnswer, Traffic } from "./traffic";
import { readVaultFiles } from "./vault-files";

// Creates are limited per account (CREATE_LIMITER, 60 a minute): at most 20 of a storm's creates per account.
const OWNERS_PER_ROUND = Math.max(3, Math.ceil(SECRETS / 20));
const started = performance.now();

function log(message: string): void {
  console.log(`crash ${((performance.now() - started) / 1000).toFixed(1).padStart(6)}s  ${message}`);
}

/** Early, mid and late for three rounds; more rounds spread evenly from 10% to 90% of the storm. */
function killFraction(round: number): number {
  return ROUNDS === 1 ? 0.5 : 0.1 + (0.8 * (round - 1)) / (ROUNDS - 1);
}

function report(checks: Check[]): void {
  for (const check of checks) console.log(`    ${check.ok ? "ok  " : "FAIL"}  ${check.name}: ${check.detail}`);
}

log("building the UI once (vite build); every start after this uses --skip-build");
const build = spawnSync("npx", ["vite", "build", "--logLevel", "warn"], { stdio: "inherit" });
if (build.status !== 0) process.exit(build.status ?? 1);

const port = await freePort();
const stateDir = mkdtempSync(join(tmpdir(), "oncelink-crash-"));
let app: AppProcess | undefined;
// Ctrl-C must not leave the app's process group running on its own.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void killEveryApp().finally(() => {
      rmSync(stateDir, { recursive: true, force: true });
      process.exit(130);
    });
  });
}
const allChecks: Check[] = [];
const secrets: TrackedSecret[] = [];
const owners: Owner[] = [];
let admin: Owner | undefined;
try {
  app = await startAppProcess(port, stateDir);
  log(`app up at ${app.origin}, state in ${stateDir}`);
  const stamp = Date.now().toString(36);
  // The first account of a deployment is its admin: it reads the whole audit log and verifies the chain.
  admin = await signUp(app.origin, `crash-admin-${stamp}@example.com`);
  for (let round = 1; round <= ROUNDS; round++) {
    const fraction = killFraction(round);
    const phase = fraction < 1 / 3 ? "early" : fraction < 2 / 3 ? "mid" : "late";
    const roundOwners: Owner[] = [];
    for (let i = 0; i < OWNERS_PER_ROUND; i++) {
      roundOwners.push(await signUp(app.origin, `crash-r${round}-${i}-${stamp}@example.com`));
    }
    owners.push(...roundOwners);
    const running: AppProcess = app;
    const killed: { survivors: string | null } = { survivors: null };
    const kill = () =>
      running.kill().catch((error: unknown) => {
        killed.survivors = String(error);
      });
    const storm = await runStorm(app.origin, roundOwners, round, SECRETS, fraction, kill);
    app = undefined;
    secrets.push(...storm.secrets);
    const { traffic } = storm;
    console.log(
      `\nround ${round}/${ROUNDS} (${phase}): SIGKILL after ${storm.killAt} of ${storm.planned} planned requests` +
        (storm.killedMidStorm ? "" : " (the storm ran out first: killed after it)"),
    );
    console.log(
      `  in flight: sent ${traffic.sent()} (creates ${traffic.sent("create")}, reveals ${traffic.sent("reveal")}, ` +
        `burns ${traffic.sent("burn")}); acknowledged ${traffic.count(is2xx)}; unanswered ${traffic.count(noAnswer)} ` +
        `(${storm.inFlightAtKill} open at the kill)`,
    );
    console.log(`  answers: ${traffic.describe()}`);
    const roundChecks: Check[] = [
      {
        name: "every server process gone after SIGKILL",
        ok: killed.survivors === null,
        detail: killed.survivors ?? "no process left in the group, no workerd on the port",
      },
    ];
    if (killed.survivors) {
      // A survivor still holds the state open: a restart on it would prove nothing.
      report(roundChecks);
      allChecks.push(...roundChecks);
      break;
    }

    const vaults = readVaultFiles(stateDir);
    const endedWithCiphertext = vaults.filter((vault) => vault.holdsCiphertext && vault.status !== "active");
    const queued = vaults.filter((vault) => vault.queuedEvents + vault.queuedMail > 0);
    console.log(
      `  vault files at the kill: ${vaults.length} vaults, ${vaults.filter((v) => v.holdsCiphertext).length} holding ciphertext, ` +
        `${queued.length} with undelivered outbox (${sum(queued, "queuedEvents")} events, ${sum(queued, "queuedMail")} mails)`,
    );
    roundChecks.push({
      name: "no ended vault holds ciphertext on disk at the kill",
      ok: endedWithCiphertext.length === 0,
      detail:
        endedWithCiphertext.length === 0
          ? `${vaults.length} vault files read`
          : endedWithCiphertext.map((v) => v.id).join(", "),
    });

    const restartedAt = performance.now();
    app = await startAppProcess(port, stateDir);
    const reader = { origin: app.origin, admin, traffic: new Traffic() };
    const delivered = await settle(reader, secrets);
    console.log(
      `  restart: healthy after ${((performance.now() - restartedAt) / 1000 - delivered.seconds).toFixed(1)} s; ` +
        (delivered.left
          ? `NOT settled after ${delivered.seconds.toFixed(1)} s: ${delivered.left}`
          : `deliveries settled in ${delivered.seconds.toFixed(1)} s`),
    );
    await raceRemainingViews(reader, storm.secrets);
    const afterRace = await settle(reader, secrets);
    if (afterRace.left) console.log(`  after the post-restart race, not settled: ${afterRace.left}`);
    roundChecks.push(...(await checkRecovery(reader, secrets, owners)));
    console.log("  checks:");
    report(roundChecks);
    allChecks.push(...roundChecks);
  }

  if (app && admin) {
    const reader = { origin: app.origin, admin, traffic: new Traffic() };
    const finalCheck = await checkVaultsAtTheEnd(app, reader, owners, secrets, stateDir);
    app = undefined;
    console.log("\nafter the last round:");
    report([finalCheck]);
    allChecks.push(finalCheck);
  }
} finally {
  await app?.kill().catch((error) => console.error(String(error)));
}

const failed = allChecks.filter((check) => !check.ok).length;
if (failed === 0) rmSync(stateDir, { recursive: true, force: true });
else console.log(`state kept for a look: ${stateDir}`);
console.log(`\ncrash: ${allChecks.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function sum<K extends string>(items: Record<K, number>[], key: K): number {
  return items.reduce((total, item) => total + item[key], 0);
}
