// The sign-in lock's 15 minutes run from the last failure (worker/auth/login-throttle.ts): each failed
// sign-in writes the count again with a fresh TTL. KV's expiry cannot be hurried in workerd, so the counter
// lives here in a namespace that keeps expirationTtl by a clock the test moves; everything else is real.
import { describe, expect, it } from "vitest";
import { api, STRONG_PASSWORD, signUp } from "../../test/client";

/** get, put and delete as KV does them, with expirationTtl counted on `clock.now` (ms). */
function clockedKv() {
  const clock = { now: 0 };
  const stored = new Map<string, { value: string; expiresAt: number | null }>();
  const ttls: (number | undefined)[] = [];
  const kv = {
    async get(key: string) {
      const entry = stored.get(key);
      if (!entry || (entry.expiresAt !== null && entry.expiresAt <= clock.now)) return null;
      return entry.value;
    },
    async put(key: string, value: string, options: KVNamespacePutOptions = {}) {
      ttls.push(options.expirationTtl);
      const expiresAt = options.expirationTtl === undefined ? null : clock.now + options.expirationTtl * 1000;
      stored.set(key, { value, expiresAt });
    },
    async delete(key: string) {
      stored.delete(key);
    },
  };
  return { kv: kv as unknown as KVNamespace, clock, ttls };
}

describe("the sign-in lock", () => {
  it("restarts its 15 minutes at each failure, and lifts 15 minutes after the last one", async () => {
    const { user } = await signUp();
    const { kv, clock, ttls } = clockedKv();
    // One address throughout: the lock is per (email, address).
    const signIn = (password: string) =>
      api("/api/auth/login", {
        method: "POST",
        body: JSON.stringify({ email: user.email, password }),
        headers: { "CF-Connecting-IP": "203.0.113.150" },
        vars: { KV: kv },
      });
    const minutes = (n: number) => n * 60_000;
    for (let i = 0; i < 9; i++) expect((await signIn("a wrong password, long enough")).status).toBe(401);
    // The tenth failure, 13 minutes after the ninth: a count kept from the first failure would have lapsed.
    clock.now += minutes(13);
    expect((await signIn("a wrong password, long enough")).status).toBe(401);
    expect(ttls).toEqual(Array(10).fill(900));
    // 26 minutes after the first failure, 13 after the last: still locked, even for the right password (a
    // refused attempt writes nothing, so it does not extend the lock).
    clock.now += minutes(13);
    expect((await signIn(STRONG_PASSWORD)).status).toBe(429);
    // 15 minutes after the last failure the count is gone, and the right password signs in.
    clock.now += minutes(2);
    expect((await signIn(STRONG_PASSWORD)).status).toBe(200);
  });
});
