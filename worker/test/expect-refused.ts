// A rate limit checked the way the local limiter counts: in fixed one-minute windows.
import { expect } from "vitest";
import { errorOf } from "./client";

/**
 * Sends requests one after another until one is refused with 429, and checks where that happens. The
 * limiter counts in fixed one-minute windows, so a run that straddles a window boundary may pass up to
 * twice the limit; it must never refuse before `limit` requests have passed with `allowed` statuses.
 */
export async function expectRefusedAfter(limit: number, allowed: number[], send: () => Response | Promise<Response>) {
  const passed: number[] = [];
  for (let i = 0; i <= 2 * limit; i++) {
    const res = await send();
    if (res.status === 429) {
      expect(passed.length).toBeGreaterThanOrEqual(limit);
      expect(
        passed.every((status) => allowed.includes(status)),
        `statuses before the 429: ${passed.join(" ")}`,
      ).toBe(true);
      expect((await errorOf(res)).code).toBe("rate_limited");
      expect(res.headers.get("Retry-After")).toBe("60");
      return;
    }
    passed.push(res.status);
  }
  expect.fail(`no 429 after ${passed.length} requests (limit ${limit})`);
}
