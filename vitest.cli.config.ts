import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** expired.test.ts opens a secret made with a minute's expiry before any file ran: last, it waits least. */
class ExpiryLast extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const last = (spec: TestSpecification) => spec.moduleId.endsWith("/expired.test.ts");
    return [...sorted.filter((spec) => !last(spec)), ...sorted.filter(last)];
  }
}

// The CLI suite: the built `oncelink` run as a child process against the app, started once for all files.
export default defineConfig({
  test: {
    include: ["cli/test/**/*.test.ts"],
    globalSetup: ["./cli/test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    sequence: { sequencer: ExpiryLast },
  },
});
