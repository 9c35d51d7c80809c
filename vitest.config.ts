import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

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
          // FUZZ_RUNS=5000 npm test: more cases for the property-based hostile-input suite.
          FUZZ_RUNS: process.env.FUZZ_RUNS ?? "",
        },
      },
    }),
  ],
  test: {
    include: ["protocol/test/**/*.test.ts", "worker/**/test/**/*.test.ts"],
    setupFiles: ["./worker/test/apply-migrations.ts"],
    testTimeout: 30_000,
  },
}));
