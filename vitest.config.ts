import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";
import { unstable_readConfig } from "wrangler";

export default defineConfig(async () => ({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        // The tests apply the same migrations wrangler applies locally and on deploy.
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations("./migrations"),
          // The origin worker/test/client.ts sends every request to; any other host is refused.
          APP_ORIGIN: "https://oncelink.test",
          // Seals webhook signing secrets (worker/webhooks/signing-secret-seal.ts); required outside loopback.
          WEBHOOK_SECRET_KEY: "test-only-webhook-seal-key-0123456789abcdef",
          // FUZZ_RUNS=2000 npm test: requests per route for the contract fuzzer (worker/test/fuzz/; default 125).
          FUZZ_RUNS: process.env.FUZZ_RUNS ?? "",
          // wrangler.toml's [vars] as wrangler reads them, before the overrides above: config.test.ts checks
          // that each documented default is the schema's.
          WRANGLER_VARS: { ...unstable_readConfig({ config: "./wrangler.toml" }).vars },
        },
      },
    }),
  ],
  test: {
    include: ["protocol/test/**/*.test.ts", "worker/**/test/**/*.test.ts"],
    setupFiles: ["./worker/test/apply-migrations.ts"],
    // Real HTTP receivers in Node that the Worker reaches over the loopback: a stand-in for Slack
    // (worker/slack/test) and one for webhook deliveries (inject("webhookReceiverPort")).
    globalSetup: ["./worker/slack/test/slack-receiver-setup.ts", "./e2e/webhook-receiver.ts"],
    testTimeout: 30_000,
    // Vitest's default on a 2-core machine is one file at a time, the cores mostly waiting on workerd's
    // storage and the tests' polls: three at a time halves the run (7.1 min to 3.6 min measured here).
    maxWorkers: 3,
  },
}));
