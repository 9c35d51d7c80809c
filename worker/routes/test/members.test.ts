import { createExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { Member, User } from "../../../protocol/api";
import { app } from "../../app";
import {
  api,
  type Caller,
  errorOf,
  ORIGIN,
  postJson,
  STRONG_PASSWORD,
  sessionCookieOf,
  signUp,
  uniqueEmail,
} from "../../test/client";

let admin: Caller;
let member: Caller;
beforeAll(async () => {
  // Storage is per test file: the first sign-up here is this deployment's admin.
  const first = await signUp();
  expect(first.user.role).toBe("admin");
  admin = first;
  member = await signUp();
});

async function invite(email: string) {
  const res = await postJson("/api/users", { email }, admin);
  expect(res.status).toBe(201);
  return res.json<{ user: Member; setupToken: string }>();
}

describe("admin invitations", () => {
  it("create a pending member who sets a password once with the setup token", async () => {
    const email = uniqueEmail("invitee");
    const { user, setupToken } = await invite(email);
    expect(user).toMatchObject({ email, role: "member", pending: true });
    // No password works before setup, and the answer does not reveal that the account exists.
    const early = await postJson("/api/auth/login", { email, password: STRONG_PASSWORD });
    expect((await errorOf(early)).code).toBe("invalid_credentials");

    const setup = await postJson("/api/auth/setup", { token: setupToken, password: STRONG_PASSWORD });
    expect(setup.status).toBe(200);
    expect((await setup.json<{ user: User }>()).user.email).toBe(email);
    expect((await api("/api/me", { cookie: sessionCookieOf(setup) })).status).toBe(200);
    expect((await postJson("/api/auth/login", { email, password: STRONG_PASSWORD })).status).toBe(200);

    const replay = await postJson("/api/auth/setup", { token: setupToken, password: "another long passphrase 99" });
    expect(replay.status).toBe(404);
    const list = await (await api("/api/users", admin)).json<{ items: Member[] }>();
    expect(list.items.find((m) => m.email === email)?.pending).toBe(false);
  });

  it("keep the invite when the chosen password is refused", async () => {
    const { setupToken } = await invite(uniqueEmail("invitee"));
    const weak = await postJson("/api/auth/setup", { token: setupToken, password: "short" });
    expect(weak.status).toBe(400);
    expect((await postJson("/api/auth/setup", { token: setupToken, password: STRONG_PASSWORD })).status).toBe(200);
  });

  it("refuse tampered and unknown setup tokens", async () => {
    const { setupToken } = await invite(uniqueEmail("invitee"));
    const [id, secret] = setupToken.split(".") as [string, string];
    const tampered = `${id}.${secret.startsWith("A") ? "B" : "A"}${secret.slice(1)}`;
    for (const token of [tampered, "nope", `${"A".repeat(22)}.${"A".repeat(22)}`]) {
      const res = await postJson("/api/auth/setup", { token, password: STRONG_PASSWORD });
      expect(res.status).toBe(404);
    }
  });

  it("are for admins only, and an existing email is 409", async () => {
    const byMember = await postJson("/api/users", { email: uniqueEmail() }, member);
    expect(byMember.status).toBe(403);
    expect((await errorOf(byMember)).code).toBe("forbidden");
    expect((await api("/api/users", member)).status).toBe(403);
    expect((await api("/api/users")).status).toBe(401);
    const email = uniqueEmail();
    await invite(email);
    expect((await postJson("/api/users", { email }, admin)).status).toBe(409);
  });

  it("work when sign-up is closed", async () => {
    const closedEnv = { ...env, SIGNUP_POLICY: "closed" };
    const call = (path: string, body: unknown, cookie?: string) =>
      app.fetch(
        new Request(`${ORIGIN}${path}`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Origin: ORIGIN, ...(cookie && { Cookie: cookie }) },
          body: JSON.stringify(body),
        }),
        closedEnv,
        createExecutionContext(),
      );
    const email = uniqueEmail();
    expect((await call("/api/auth/signup", { email, password: STRONG_PASSWORD })).status).toBe(403);
    const invited = await call("/api/users", { email }, admin.cookie);
    expect(invited.status).toBe(201);
    const { setupToken } = await invited.json<{ setupToken: string }>();
    expect((await call("/api/auth/setup", { token: setupToken, password: STRONG_PASSWORD })).status).toBe(200);
  });
});
