// Contract fuzzing of the sign-out, password change and verification resend routes (protocol/routes.ts decides which;
// a route the table gains is fuzzed here without new code). One file per group so vitest runs them in parallel.
import { beforeAll, describe, it } from "vitest";
import { ContractFuzzer, RUNS_PER_ROUTE, routesOf } from "./fuzz-harness";

const fuzzer = new ContractFuzzer();
beforeAll(() => fuzzer.setUp(), 60_000);

describe("contract fuzzing: own-account routes", () => {
  // A count of requests, not a time budget: a busy machine may take longer.
  it.each(routesOf("own-account").map((route) => [`${route.method} ${route.path}`, route] as const))(
    "%s: no 5xx, only its documented errors, nothing changed by a refusal",
    (_, route) => fuzzer.fuzz(route),
    RUNS_PER_ROUTE * 2_000,
  );
});
