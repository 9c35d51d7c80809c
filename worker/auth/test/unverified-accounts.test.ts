// What an account may do before its owner has proved the address: issue 11, item 1.
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { SecretPeek, User } from "../../../protocol/api";
import {
  api,
  type Caller,
  createSecret,
  errorOf,
  OUTBOX,
  postJson,
  reveal,
  signUp,
  signUpVerified,
  verificationTokenFor,
} from "../../test/client";

let admin: Caller & { user: User };
let creator: Caller;
beforeAll(async () => {
  admin = await signUp(); // this file's first account, hence its admin
  creator = await signUp();
});

async function stillUnviewed(id: string) {
  const peek = await api(`/api/secrets/${id}`);
  expect(peek.status).toBe(200);
  expect((await peek.json<SecretPeek>()).remainingViews).toBe(1);
  const row = await env.DB.prepare("SELECT views, status FROM secrets WHERE id = ?").bind(id).first();
  expect(row).toEqual({ views: 0, status: "active" });
}

describe("a secret restricted to a recipient", () => {
  it("is refused to an account that only claims the recipient's address, and opens once it is proved", async () => {
    const { secret, proof } = await createSecret(creator, { requireLogin: true, recipientEmail: "newhire@acme.com" });
    // The attack: sign up as the recipient before they do, then open the link with the right proof.
    const claimant = await signUp("newhire@acme.com", OUTBOX);
    expect(claimant.user.emailVerified).toBe(false);
    const refused = await reveal(secret.id, proof, claimant);
    expect(refused.status).toBe(403);
    expect(await errorOf(refused)).toEqual({
      code: "email_unverified",
      message: "Verify your email address to open this secret.",
    });
    await stillUnviewed(secret.id);

    // The owner of the mailbox opens the mailed link; now the account is the recipient.
    expect((await postJson("/api/auth/verify", { token: await verificationTokenFor("newhire@acme.com") })).status).toBe(
      200,
    );
    expect((await reveal(secret.id, proof, claimant)).status).toBe(200);
  });

  it("still answers not_recipient to another account, verified or not", async () => {
    const { secret, proof } = await createSecret(creator, { requireLogin: true, recipientEmail: "cfo@acme.com" });
    for (const other of [await signUp(), await signUpVerified()]) {
      const res = await reveal(secret.id, proof, other);
      expect((await errorOf(res)).code).toBe("not_recipient");
    }
    await stillUnviewed(secret.id);
  });
});

describe("SIGNUP_POLICY=domains", () => {
  const domains = { SIGNUP_POLICY: "domains", SIGNUP_DOMAINS: "acme.example" };
  const as = (caller: Caller) => ({ ...caller, vars: domains });

  it("admits an unverified address to nothing but verifying it", async () => {
    const email = `${crypto.randomUUID()}@acme.example`;
    const account = await signUp(email, { ...domains, ...OUTBOX });
    const gated = [
      await postJson("/api/secrets", { text: "x", expiresIn: 300 }, as(account)),
      await api("/api/secrets", as(account)),
      await api("/api/audit", as(account)),
      await postJson("/api/tokens", { name: "script" }, as(account)),
      await postJson("/api/auth/password", { currentPassword: "x", newPassword: "y" }, as(account)),
    ];
    for (const res of gated) {
      expect(res.status).toBe(403);
      expect((await errorOf(res)).code).toBe("email_unverified");
    }
    // What it needs to get verified still works.
    const me = await api("/api/me", as(account));
    expect(me.status).toBe(200);
    expect((await me.json<{ user: User }>()).user.emailVerified).toBe(false);
    const resend = await api("/api/auth/verify/resend", {
      method: "POST",
      ...account,
      vars: { ...domains, ...OUTBOX },
    });
    expect(resend.status).toBe(202);

    const token = await verificationTokenFor(email);
    expect((await postJson("/api/auth/verify", { token }, { vars: domains })).status).toBe(200);
    expect((await postJson("/api/secrets", { text: "x", expiresIn: 300 }, as(account))).status).toBe(201);
    expect((await api("/api/secrets", as(account))).status).toBe(200);
  });

  it("does not let an unverified account satisfy require-login", async () => {
    const { secret, proof } = await createSecret(creator, { requireLogin: true });
    const account = await signUp(`${crypto.randomUUID()}@acme.example`, domains);
    const res = await reveal(secret.id, proof, as(account));
    expect(res.status).toBe(403);
    expect((await errorOf(res)).code).toBe("email_unverified");
    await stillUnviewed(secret.id);
  });

  it("gates nothing under the open policy, where the domain admitted nobody", async () => {
    const account = await signUp();
    expect((await postJson("/api/secrets", { text: "x", expiresIn: 300 }, account)).status).toBe(201);
    expect((await api("/api/secrets", account)).status).toBe(200);
  });

  it("lets the first account (the admin) in unverified, as before", async () => {
    expect(admin.user).toMatchObject({ role: "admin", emailVerified: false });
    expect((await postJson("/api/secrets", { text: "x", expiresIn: 300 }, as(admin))).status).toBe(201);
    expect((await api("/api/users", as(admin))).status).toBe(200);
  });
});
