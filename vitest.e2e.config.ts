import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";
import { browserSuite, SKIPPED_NOTICE } from "./e2e/browser-suite.ts";

// Exits 1 here, before the app starts, when there is no browser and no E2E=skip.
const suite = browserSuite();
// On the way out: after vitest's own lines, so the notice is the last thing the run prints.
if (suite === "skip") process.once("exit", () => console.warn(SKIPPED_NOTICE));

/**
 * The expired-link test opens a secret that e2e/seed.ts made a minute's expiry before any file ran; run
 * last, it finds the minute over instead of waiting it out.
 */
class ExpiryLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const last = (spec: TestSpecification) => spec.moduleId.endsWith("/expired-link.test.ts");
    return [...sorted.filter((spec) => !last(spec)), ...sorted.filter(last)];
  }
}

// The browser suite runs in Node against the app started by e2e/start-app.ts, apart from the workerd tests.
export default defineConfig({
  test: {
    include: suite === "run" ? ["e2e/**/*.test.ts"] : [],
    passWithNoTests: suite === "skip",
    globalSetup: suite === "run" ? ["./e2e/start-app.ts"] : [],
    testTimeout: 90_000, // a sign-up may wait out SIGNUP_LIMITER's minute (e2e/flows.ts)
    hookTimeout: 120_000,
    // Two files at a time, against the one app: each profile has an address of its own (e2e/browser.ts), so
    // per-address limits do not couple them, and each file makes its own accounts and secrets. 8.2 min for
    // the suite here, where one at a time took about 10.
    maxWorkers: 2,
    sequence: { sequencer: ExpiryLast },
  },
});
