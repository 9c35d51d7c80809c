// Contract fuzzing of the everything else: health, config, me, tokens, members, audit (protocol/routes.ts decides which;
// a route the table gains is fuzzed here without new code). One file per group so vitest runs them in parallel.
import { beforeAll, describe, it } from "vitest";
import { ContractFuzzer, RUNS_PER_ROUTE, routesOf } from "./fuzz-harness";

const fuzzer = new ContractFuzzer();
beforeAll(() => fuzzer.setUp(), 60_000);

describe("contract fuzzing: accounts routes", () => {
  // A count of requests, not a time budget: a busy machine may take longer.
  it.each(routesOf("accounts").map((route) => [`${route.method} ${route.path}`, route] as const))(
    "%s: no 5xx, only its documented errors, nothing changed by a refusal",
    (_, route) => fuzzer.fuzz(route),
    RUNS_PER_ROUTE * 2_000,
  );

  it(
    "methods and paths no route has answer JSON errors, never a 5xx",
    () => fuzzer.fuzzUnknownRoutes(),
    RUNS_PER_ROUTE * 2_000,
  );
});
