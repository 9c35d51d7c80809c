import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

export default defineConfig(async () => ({
  plugins: [
    cloudflareTest({
      wrangler: { configPath: "./wrangler.toml" },
      miniflare: {
        // The tests apply the same migrations wrangler applies locally and on deploy.
        bindings: { TEST_MIGRATIONS: await readD1Migrations("./migrations") },
      },
    }),
  ],
  test: {
    include: ["protocol/test/**/*.test.ts", "worker/**/test/**/*.test.ts"],
    setupFiles: ["./worker/test/apply-migrations.ts"],
    testTimeout: 30_000,
  },
}));
