// Whether the browser suite runs, decided before anything starts. A suite that skips itself reads as a
// pass, so a missing Chromium fails the run unless E2E=skip leaves the suite out on purpose. `npm test`
// runs this file first, so a machine without a browser fails in a second rather than after the build and
// the workerd suite; vitest.e2e.config.ts asks again, for runs of the browser suite alone.
import { existsSync } from "node:fs";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Printed as the e2e run ends, so that it is the last thing `npm test` says. */
export const SKIPPED_NOTICE =
  "\n*** E2E=skip: the browser suite did NOT run. Nothing was checked in a real browser; this is not a full pass. ***\n";

/** "run" with a Chromium, "skip" under E2E=skip; otherwise says in one line how to get one, and exits 1. */
export function browserSuite(): "run" | "skip" {
  if (process.env.E2E === "skip") return "skip";
  if (existsSync(chromiumPath)) return "run";
  console.error(
    `No Chromium at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH (E2E=skip leaves the browser suite out).`,
  );
  process.exit(1);
}

if (import.meta.main) browserSuite();
