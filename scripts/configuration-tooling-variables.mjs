// The variables only the tooling reads, and the bindings only the workerd tests have, for
// scripts/write-configuration-doc.mjs (docs/configuration.md). Add a row here when the tooling reads a new one.

/** Read by Node (the tooling and the CLI), never by the Worker. `where` is the file that reads it. */
export const TOOLING_VARIABLES = [
  {
    name: "PORT",
    where: "scripts/start.mjs",
    fallback: "8787",
    meaning:
      "The port `npm start` serves on; it also sets `APP_ORIGIN` to `http://127.0.0.1:PORT,http://localhost:PORT`. The e2e suite, the bench and the crash test pick a free one themselves.",
  },
  {
    name: "CHROMIUM_PATH",
    where: "e2e/browser-suite.ts",
    fallback: "/usr/bin/chromium",
    meaning:
      "The Chromium the browser suite, the bench's idle dashboard and Lighthouse run. Without one `npm test` fails at once and says how to install it.",
  },
  {
    name: "E2E",
    where: "e2e/browser-suite.ts",
    fallback: "empty",
    meaning:
      "`skip`: `npm test` runs everything but the browser suite and ends by printing that it did NOT run. Anything else: the browser suite is required (`.ci/run` never sets it). There is no `E2E_REQUIRED`: required is the default.",
  },
  {
    name: "FUZZ_RUNS",
    where: "vitest.config.ts",
    fallback: "125",
    meaning:
      "Requests per route for the contract fuzzer (`worker/test/fuzz/`): `FUZZ_RUNS=2000 npx vitest run worker/test/fuzz/` for a longer hunt. Passed to the workerd tests as the binding of the same name.",
  },
  {
    name: "CRASH_ROUNDS",
    where: "scripts/crash/options.ts",
    fallback: "3",
    meaning: "`npm run test:crash`: kill-and-restart rounds (kill points spread from 10% to 90% of each storm).",
  },
  {
    name: "CRASH_SECRETS",
    where: "scripts/crash/options.ts",
    fallback: "36",
    meaning: "`npm run test:crash`: secrets per storm.",
  },
  {
    name: "CRASH_SETTLE_SECONDS",
    where: "scripts/crash/options.ts",
    fallback: "60",
    meaning:
      "`npm run test:crash`: how long recovery may take to deliver what the crash left queued before a check counts it missing.",
  },
  {
    name: "APP_ORIGIN",
    where: "scripts/deploy.mjs",
    fallback: "empty",
    meaning:
      "In the shell of `npm run deploy`: passed to `wrangler deploy` as `--var APP_ORIGIN:…` (the `[vars]` entry above otherwise).",
  },
  {
    name: "CLOUDFLARE_ENV",
    where: "vite.config.ts",
    fallback: "empty",
    meaning:
      "The `[env.NAME]` section of wrangler.toml that `npm run build` reads (for `TURNSTILE_SITE_KEY` in the page CSP); `npm run deploy -- --env NAME` sets it.",
  },
  {
    name: "CLOUDFLARE_API_TOKEN",
    where: "wrangler",
    fallback: "empty",
    meaning:
      "Read by wrangler (`npm run deploy`, `npm run export:metadata -- --remote`) instead of `npx wrangler login`.",
  },
  {
    name: "ONCELINK_URL",
    where: "cli/src/config.ts",
    fallback: "the saved one",
    meaning: "`oncelink`: the deployment, e.g. `https://secrets.acme.com`; wins over the one `oncelink login` saved.",
  },
  {
    name: "ONCELINK_TOKEN",
    where: "cli/src/config.ts",
    fallback: "the saved one",
    meaning: "`oncelink`: an API token (`olk_…`); wins over the saved one.",
  },
  {
    name: "ONCELINK_CONFIG_DIR",
    where: "cli/src/config.ts",
    fallback: "`$XDG_CONFIG_HOME/oncelink`",
    meaning: "`oncelink`: where `login` saves `config.json` and `request` keeps `request-keys.json` (mode 0600).",
  },
  {
    name: "XDG_CONFIG_HOME",
    where: "cli/src/config.ts",
    fallback: "`~/.config`",
    meaning: "`oncelink`: the config dir's parent when `ONCELINK_CONFIG_DIR` is unset.",
  },
  {
    name: "APPDATA",
    where: "cli/src/config.ts",
    fallback: "set by Windows",
    meaning: "`oncelink` on Windows: the config dir's parent (`%APPDATA%\\oncelink`) when the two above are unset.",
  },
];

/** Bindings only the workerd tests have (vitest.config.ts `miniflare.bindings`); never deployed. */
export const TEST_BINDINGS = [
  {
    name: "TEST_MIGRATIONS",
    meaning: "The D1 migrations, read by `readD1Migrations`; `worker/test/apply-migrations.ts` applies them.",
  },
  {
    name: "WRANGLER_VARS",
    meaning:
      "wrangler.toml's `[vars]` as wrangler reads them, so `worker/test/config.test.ts` can hold each default to the schema's.",
  },
  { name: "FUZZ_RUNS", meaning: "The `FUZZ_RUNS` tooling variable above, handed to the fuzzer inside workerd." },
];
