// Passkeys against the real Worker, D1 and KV, with a software authenticator standing in for the browser's.

import { env } from "cloudflare:workers";
import type {
  PublicKeyCredentialCreationOptionsJSON,
  PublicKeyCredentialRequestOptionsJSON,
} from "@simplewebauthn/server";
import { describe, expect, it } from "vitest";
import type { LoginResult, PasskeyAdded, SessionResult } from "../../../protocol/api";
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
import { SoftwareAuthenticator } from "./software-authenticator";

async function addPasskey(caller: Caller, authenticator = new SoftwareAuthenticator(), vars?: Partial<Env>) {
  const options = await (
    await postJson("/api/auth/passkeys/register/options", {}, { ...caller, vars })
  ).json<PublicKeyCredentialCreationOptionsJSON>();
  const res = await postJson(
    "/api/auth/passkeys",
    { name: "Laptop", response: await authenticator.register(options, ORIGIN) },
    { ...caller, vars },
  );
  expect(res.status).toBe(201);
  return { authenticator, added: await res.json<PasskeyAdded>(), res };
}

async function signInOptions(caller: Caller = {}, path = "/api/auth/passkeys/login/options") {
  return (await postJson(path, {}, caller)).json<PublicKeyCredentialRequestOptionsJSON>();
}

async function passwordSignIn(email: string) {
  const res = await postJson("/api/auth/login", { email, password: STRONG_PASSWORD });
  expect(res.status).toBe(200);
  return { cookie: sessionCookieOf(res), body: await res.json<LoginResult>() };
}

describe("passkeys", () => {
  it("registers a passkey with recovery codes, then signs in with it alone", async () => {
    const account = await signUp();
    const { authenticator, added } = await addPasskey(account);
    expect(added.passkey.name).toBe("Laptop");
    expect(added.recoveryCodes).toHaveLength(10);
    const res = await postJson("/api/auth/passkeys/login", {
      response: await authenticator.assert(await signInOptions(), ORIGIN),
    });
    expect(res.status).toBe(200);
    const me = await api("/api/me", { cookie: sessionCookieOf(res) });
    expect((await me.json<{ user: { id: string } }>()).user.id).toBe(account.user.id);
    const list = await (await api("/api/auth/passkeys", account)).json<{ items: { lastUsedAt: string | null }[] }>();
    expect(list.items[0]?.lastUsedAt).not.toBeNull();
  });

  it("refuses a replayed answer: each challenge answers once", async () => {
    const { authenticator } = await addPasskey(await signUp());
    const response = await authenticator.assert(await signInOptions(), ORIGIN);
    expect((await postJson("/api/auth/passkeys/login", { response })).status).toBe(200);
    const replay = await postJson("/api/auth/passkeys/login", { response });
    expect(replay.status).toBe(400);
    expect((await errorOf(replay)).code).toBe("challenge_expired");
  });

  it("refuses an answer signed for another origin or another RP ID", async () => {
    const { authenticator } = await addPasskey(await signUp());
    const phished = await postJson("/api/auth/passkeys/login", {
      response: await authenticator.assert(await signInOptions(), "https://oncelink.test.evil.example"),
    });
    expect(phished.status).toBe(401);
    expect((await errorOf(phished)).code).toBe("invalid_credentials");
    const otherRp = await postJson("/api/auth/passkeys/login", {
      response: await authenticator.assert(await signInOptions(), ORIGIN, "evil.example"),
    });
    expect(otherRp.status).toBe(401);
    // The genuine origin still works: the refusals were about the origin, not the passkey.
    const genuine = await postJson("/api/auth/passkeys/login", {
      response: await authenticator.assert(await signInOptions(), ORIGIN),
    });
    expect(genuine.status).toBe(200);
  });

  it("refuses an answer to an expired challenge", async () => {
    const { authenticator } = await addPasskey(await signUp());
    const options = await signInOptions();
    await env.DB.prepare("UPDATE webauthn_challenges SET expires_at = ? WHERE challenge = ?")
      .bind(Date.now() - 1, options.challenge)
      .run();
    const res = await postJson("/api/auth/passkeys/login", { response: await authenticator.assert(options, ORIGIN) });
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe("challenge_expired");
  });

  it("refuses a removed passkey, and removal needs a recent sign-in", async () => {
    const account = await signUp();
    const { authenticator, added } = await addPasskey(account);
    const sessionId = account.cookie.split("=")[1]?.split(".")[0] ?? "";
    await env.DB.prepare("UPDATE sessions SET created_at = ? WHERE id = ?")
      .bind(Date.now() - 3_600_000, sessionId)
      .run();
    const stale = await api(`/api/auth/passkeys/${added.passkey.id}`, { method: "DELETE", ...account });
    expect((await errorOf(stale)).code).toBe("reauth_required");
    await env.DB.prepare("UPDATE sessions SET created_at = ? WHERE id = ?").bind(Date.now(), sessionId).run();
    expect((await api(`/api/auth/passkeys/${added.passkey.id}`, { method: "DELETE", ...account })).status).toBe(204);
    const res = await postJson("/api/auth/passkeys/login", {
      response: await authenticator.assert(await signInOptions(), ORIGIN),
    });
    expect(res.status).toBe(401);
  });
});

describe("a passkey as the second factor after a password", () => {
  it("keeps a password-only session out of every other route until the passkey answers", async () => {
    const email = uniqueEmail();
    const account = await signUp(email);
    const { authenticator } = await addPasskey(account);
    const pending = await passwordSignIn(email);
    expect(pending.body.pending).toBe("second_factor");
    const caller = { cookie: pending.cookie };
    expect((await api("/api/me", caller)).status).toBe(401);
    expect((await api("/api/tokens", caller)).status).toBe(401);
    expect((await api("/api/auth/passkeys", caller)).status).toBe(401);
    expect((await postJson("/api/tokens", { name: "x" }, caller)).status).toBe(401);
    expect(await (await api("/api/session", caller)).json<SessionResult>()).toMatchObject({
      user: null,
      pending: "second_factor",
    });
    const options = await signInOptions(caller, "/api/auth/mfa/options");
    const done = await postJson("/api/auth/mfa", { response: await authenticator.assert(options, ORIGIN) }, caller);
    expect(done.status).toBe(200);
    expect((await api("/api/me", { cookie: sessionCookieOf(done) })).status).toBe(200);
    // The pending session ended with the step; the new cookie is the only way in.
    expect(await (await api("/api/session", caller)).json<SessionResult>()).toMatchObject({
      pending: null,
      user: null,
    });
  });

  it("takes a recovery code once, then refuses it", async () => {
    const email = uniqueEmail();
    const account = await signUp(email);
    const { added } = await addPasskey(account);
    const code = added.recoveryCodes?.[0] ?? "";
    const first = await passwordSignIn(email);
    const ok = await postJson("/api/auth/mfa", { recoveryCode: code.toUpperCase() }, { cookie: first.cookie });
    expect(ok.status).toBe(200);
    const second = await passwordSignIn(email);
    const again = await postJson("/api/auth/mfa", { recoveryCode: code }, { cookie: second.cookie });
    expect(again.status).toBe(401);
    expect((await errorOf(again)).code).toBe("invalid_credentials");
  });

  it("under REQUIRE_MFA, a new password account must add a passkey before anything else", async () => {
    const vars = { REQUIRE_MFA: "true" };
    const res = await postJson("/api/auth/signup", { email: uniqueEmail(), password: STRONG_PASSWORD }, { vars });
    const caller = { cookie: sessionCookieOf(res) };
    expect((await api("/api/me", { ...caller, vars })).status).toBe(401);
    expect(await (await api("/api/session", { ...caller, vars })).json<SessionResult>()).toMatchObject({
      pending: "enroll",
    });
    const { res: added } = await addPasskey(caller, new SoftwareAuthenticator(), vars);
    expect((await api("/api/me", { cookie: sessionCookieOf(added), vars })).status).toBe(200);
  });
});
