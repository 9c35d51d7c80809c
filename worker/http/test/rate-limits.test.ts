import { describe, expect, it } from "vitest";
import { api, createSecret, errorOf, postJson, reveal, STRONG_PASSWORD, signUp, uniqueEmail } from "../../test/client";

/** Sends `count` requests one after another and answers their statuses. */
async function statuses(count: number, send: (i: number) => Promise<Response>): Promise<number[]> {
  const seen: number[] = [];
  for (let i = 0; i < count; i++) seen.push((await send(i)).status);
  return seen;
}

async function expectLimited(res: Response) {
  expect(res.status).toBe(429);
  expect((await errorOf(res)).code).toBe("rate_limited");
  expect(res.headers.get("Retry-After")).toBe("60");
}

describe("rate limits", () => {
  it("cap secrets created per account per minute", async () => {
    const creator = await signUp();
    const seen = await statuses(30, () => postJson("/api/secrets", { text: "x", expiresIn: 300 }, creator));
    expect(seen.every((s) => s === 201)).toBe(true);
    await expectLimited(await postJson("/api/secrets", { text: "x", expiresIn: 300 }, creator));
    // Another account is not held up.
    expect((await postJson("/api/secrets", { text: "x", expiresIn: 300 }, await signUp())).status).toBe(201);
  });

  it("cap reveal attempts on one secret, from any number of addresses", async () => {
    const owner = await signUp();
    const { secret, proof } = await createSecret(owner, { requireLogin: true });
    // Anonymous attempts at a login-only secret consume nothing, so only the limiter stops them.
    const seen = await statuses(120, () => reveal(secret.id, proof));
    expect(seen.every((s) => s === 401)).toBe(true);
    await expectLimited(await reveal(secret.id, proof));
  });

  it("cap sign-in attempts per address and per email", async () => {
    const ip = "203.0.113.50";
    const perIp = await statuses(20, () =>
      api("/api/auth/login", {
        method: "POST",
        body: JSON.stringify({ email: uniqueEmail(), password: STRONG_PASSWORD }),
        headers: { "CF-Connecting-IP": ip },
      }),
    );
    expect(perIp.every((s) => s === 401)).toBe(true);
    await expectLimited(
      await api("/api/auth/login", {
        method: "POST",
        body: JSON.stringify({ email: uniqueEmail(), password: STRONG_PASSWORD }),
        headers: { "CF-Connecting-IP": ip },
      }),
    );
    // Guessing at one email from many addresses (each attempt from a new one).
    const email = uniqueEmail();
    const perEmail = await statuses(20, () => postJson("/api/auth/login", { email, password: STRONG_PASSWORD }));
    expect(perEmail.every((s) => s === 401)).toBe(true);
    await expectLimited(await postJson("/api/auth/login", { email, password: STRONG_PASSWORD }));
  });

  it("cap sign-ups per address", async () => {
    const ip = "203.0.113.51";
    const signup = () =>
      api("/api/auth/signup", {
        method: "POST",
        body: JSON.stringify({ email: uniqueEmail(), password: STRONG_PASSWORD }),
        headers: { "CF-Connecting-IP": ip },
      });
    expect((await statuses(5, signup)).every((s) => s === 201)).toBe(true);
    await expectLimited(await signup());
  });

  it("cap link mails per account per minute", async () => {
    const sender = await signUp();
    const send = async () => {
      const { secret, linkKey } = await createSecret(sender, { recipientEmail: uniqueEmail() });
      return postJson(`/api/secrets/${secret.id}/email`, { link: `${secret.url}#${linkKey}` }, sender);
    };
    expect((await statuses(10, send)).every((s) => s === 202)).toBe(true);
    await expectLimited(await send());
  });
});
