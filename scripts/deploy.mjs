// `npm run deploy`: build the UI, `wrangler deploy` (which creates the D1 database and the KV namespace on the
// first run, since wrangler.toml names them without ids, and reuses them after), then apply the D1 migrations
// to the deployed database. In that order, and safe to run again: a second run rebuilds, redeploys the same
// Worker on the same resources, and applies only the migrations D1 has not seen (none, usually).
//
//   npm run deploy                          # the top level of wrangler.toml
//   npm run deploy -- --env production      # its [env.production] section
//   APP_ORIGIN=https://secrets.acme.com npm run deploy   # sets the origin (else wrangler.toml's [vars])
//   npm run deploy -- --dry-run             # build and bundle only; uploads and migrates nothing (CI)
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const USAGE = "usage: npm run deploy -- [--env NAME] [--dry-run]";

/** Reads the flags, or throws with the usage line. */
export function parseDeployArgs(argv) {
  const options = { env: undefined, dryRun: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--dry-run") options.dryRun = true;
    else if (arg === "--env" && argv[i + 1] && !argv[i + 1].startsWith("--")) options.env = argv[++i];
    else throw new Error(`unknown or incomplete option "${arg}"\n${USAGE}`);
  }
  return options;
}

/** The commands, in order: each runs only if the one before it succeeded. */
export function deploySteps({ env, dryRun, origin, outDir }) {
  const envArgs = env ? ["--env", env] : [];
  const originArgs = origin ? ["--var", `APP_ORIGIN:${origin}`] : [];
  const build = {
    label: "build the UI",
    command: "npx",
    args: ["vite", "build"],
    env: env ? { CLOUDFLARE_ENV: env } : {},
  };
  if (dryRun) {
    const bundle = ["wrangler", "deploy", "--dry-run", "--outdir", outDir, ...envArgs, ...originArgs];
    return [build, { label: "bundle the Worker (nothing is uploaded)", command: "npx", args: bundle, env: {} }];
  }
  return [
    build,
    {
      label: "deploy the Worker (creating D1 and KV on the first run)",
      command: "npx",
      args: ["wrangler", "deploy", ...envArgs, ...originArgs],
      env: {},
    },
    {
      label: "apply the D1 migrations to the deployed database",
      command: "npx",
      args: ["wrangler", "d1", "migrations", "apply", "DB", "--remote", ...envArgs],
      // CI=true: wrangler applies without asking for confirmation.
      env: { CI: "true" },
    },
  ];
}

const AFTERWARDS = `
Deployed. What wrangler cannot do for you (README, Deploying):
  - APP_ORIGIN: until it names the origin users reach (workers.dev or your domain), requests for any other host
    are refused. Set it in wrangler.toml [vars] or run APP_ORIGIN=https://... npm run deploy.
  - Mail: onboard a sending domain in Cloudflare Email Service, then set allowed_sender_addresses and MAIL_FROM.
  - Turnstile (optional): TURNSTILE_SITE_KEY in wrangler.toml, then npx wrangler secret put TURNSTILE_SECRET.
  - The first account to sign up becomes the admin: sign up now, or set SIGNUP_POLICY first.`;

function main() {
  let options;
  try {
    options = parseDeployArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error.message);
    process.exit(2);
  }
  const outDir = options.dryRun ? mkdtempSync(join(tmpdir(), "oncelink-deploy-")) : undefined;
  const steps = deploySteps({ ...options, origin: process.env.APP_ORIGIN, outDir });
  for (const [index, step] of steps.entries()) {
    console.log(`\n[${index + 1}/${steps.length}] ${step.label}: ${step.command} ${step.args.join(" ")}`);
    const result = spawnSync(step.command, step.args, {
      stdio: "inherit",
      env: { ...process.env, WRANGLER_SEND_METRICS: "false", ...step.env },
    });
    if (result.status !== 0) {
      console.error(
        `\nStopped: "${step.label}" failed (exit ${result.status ?? result.signal}). Fix it and run again.`,
      );
      process.exit(result.status || 1);
    }
  }
  console.log(options.dryRun ? `\nDry run: the bundle is in ${outDir}; nothing was uploaded.` : AFTERWARDS);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();
