// scripts/deploy.mjs: the order of the steps (build, deploy, then migrate the deployed database) and the
// flags each gets. The steps themselves need a Cloudflare account; `--dry-run` runs the first two for real.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { test } from "node:test";
import { deploySteps, parseDeployArgs } from "../deploy.mjs";

test("builds, deploys, then applies the migrations remotely, in that order", () => {
  const steps = deploySteps({ dryRun: false });
  assert.deepEqual(
    steps.map((step) => [step.command, ...step.args].join(" ")),
    ["npx vite build", "npx wrangler deploy", "npx wrangler d1 migrations apply DB --remote"],
  );
  // Without CI=true wrangler would stop to ask before it migrates.
  assert.equal(steps[2]?.env.CI, "true");
});

test("an environment reaches the build and both wrangler steps; APP_ORIGIN reaches the deploy", () => {
  const steps = deploySteps({ dryRun: false, env: "production", origin: "https://secrets.acme.com" });
  assert.equal(steps[0]?.env.CLOUDFLARE_ENV, "production");
  assert.deepEqual(steps[1]?.args, [
    "wrangler",
    "deploy",
    "--env",
    "production",
    "--var",
    "APP_ORIGIN:https://secrets.acme.com",
  ]);
  assert.deepEqual(steps[2]?.args.slice(-2), ["--env", "production"]);
});

test("refuses an unknown flag with the usage line", () => {
  assert.throws(() => parseDeployArgs(["--force"]), /usage: npm run deploy/);
  assert.throws(() => parseDeployArgs(["--env"]), /usage: npm run deploy/);
  assert.deepEqual(parseDeployArgs(["--env", "staging", "--dry-run"]), { env: "staging", dryRun: true });
});

test("--dry-run builds and bundles for real, offline, and uploads nothing", { timeout: 180_000 }, () => {
  const run = spawnSync(process.execPath, ["scripts/deploy.mjs", "--dry-run"], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const outDir = /the bundle is in (\S+);/.exec(run.stdout)?.[1] ?? "";
  assert.ok(existsSync(outDir), run.stdout);
  assert.ok(readdirSync(outDir).includes("index.js"));
  assert.doesNotMatch(run.stdout, /migrations apply/);
});
