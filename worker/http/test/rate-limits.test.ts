import { describe, expect, it } from "vitest";
import { api, createSecret, errorOf, postJson, reveal, STRONG_PASSWORD, signUp, uniqueEmail } from "../../test/client";

/**
 * Sends requests one after another until one is refused with 429, and checks where that happens. The
 * limiter counts in fixed one-minute windows, so a run that straddles a window boundary may pass up to
 * twice the limit; it must never refuse before `limit` requests have passed with `allowed` statuses.
 */
async function expectRefusedAfter(limit: number, allowed: number[], send: () => Promise<Response>) {
  const passed: number[] = [];
  for (let i = 0; i <= 2 * limit; i++) {
    const res = await send();
    if (res.status === 429) {
      expect(passed.length).toBeGreaterThanOrEqual(limit);
      expect(passed.every((status) => allowed.includes(status))).toBe(true);
      expect((await errorOf(res)).code).toBe("rate_limited");
      expect(res.headers.get("Retry-After")).toBe("60");
      return;
    }
    passed.push(res.status);
  }
  expect.fail(`no 429 after ${passed.length} requests (limit ${limit})`);
}

describe("rate limits", () => {
  it("cap secrets created per account per minute", async () => {
    const creator = await signUp();
    await expectRefusedAfter(30, [201], () => postJson("/api/secrets", { text: "x", expiresIn: 300 }, creator));
    // Another account is not held up.
    expect((await postJson("/api/secrets", { text: "x", expiresIn: 300 }, await signUp())).status).toBe(201);
  });

  it("cap reveal attempts on one secret, from any number of addresses", async () => {
    const owner = await signUp();
    const { secret, proof } = await createSecret(owner, { requireLogin: true });
    // Anonymous attempts at a login-only secret consume nothing, so only the limiter stops them.
    await expectRefusedAfter(120, [401], () => reveal(secret.id, proof));
  });

  it("cap sign-in attempts per address", async () => {
    const fromOneAddress = () =>
      api("/api/auth/login", {
        method: "POST",
        body: JSON.stringify({ email: uniqueEmail(), password: STRONG_PASSWORD }),
        headers: { "CF-Connecting-IP": "203.0.113.50" },
      });
    await expectRefusedAfter(20, [401], fromOneAddress);
  });

  it("cap sign-in attempts per email, from many addresses", async () => {
    const email = uniqueEmail();
    // Each attempt from a new address (the client helper's default).
    await expectRefusedAfter(20, [401], () => postJson("/api/auth/login", { email, password: STRONG_PASSWORD }));
  });

  it("cap sign-ups per address", async () => {
    const signup = () =>
      api("/api/auth/signup", {
        method: "POST",
        body: JSON.stringify({ email: uniqueEmail(), password: STRONG_PASSWORD }),
        headers: { "CF-Connecting-IP": "203.0.113.51" },
      });
    await expectRefusedAfter(5, [201], signup);
  });

  it("cap link mails per account per minute", async () => {
    const sender = await signUp();
    const send = async () => {
      const { secret, linkKey } = await createSecret(sender, { recipientEmail: uniqueEmail() });
      return postJson(`/api/secrets/${secret.id}/email`, { link: `${secret.url}#${linkKey}` }, sender);
    };
    await expectRefusedAfter(10, [202], send);
  });
});
