import { defineConfig } from "vitest/config";

// The browser suite runs in Node against the app started by e2e/start-app.ts, apart from the workerd tests.
export default defineConfig({
  test: {
    include: ["e2e/**/*.test.ts"],
    globalSetup: ["./e2e/start-app.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
