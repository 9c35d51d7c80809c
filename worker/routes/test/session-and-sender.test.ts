import { describe, expect, it } from "vitest";
import type { SecretPeek, SessionResult } from "../../../protocol/api";
import { envelopeUpload, sealSecret } from "../../../protocol/envelope";
import { api, createSecret, errorOf, postJson, signUp, signUpVerified } from "../../test/client";

describe("GET /api/session", () => {
  // This file's storage starts empty (each test file gets its own D1), so it runs before any sign-up.
  it("says so on a new deployment, where the first account becomes the admin", async () => {
    expect(await (await api("/api/session")).json<SessionResult>()).toEqual({
      user: null,
      firstAccount: true,
      pending: null,
    });
  });

  it("answers 200 with user null for a signed-out visitor, while /api/me keeps its 401", async () => {
    await signUp();
    const res = await api("/api/session");
    expect(res.status).toBe(200);
    expect(await res.json<SessionResult>()).toEqual({ user: null, firstAccount: false, pending: null });
    expect((await api("/api/me")).status).toBe(401);
  });

  it("names the signed-in user", async () => {
    const { cookie, user } = await signUp();
    const res = await api("/api/session", { cookie });
    expect(await res.json<SessionResult>()).toEqual({ user, firstAccount: false, pending: null });
  });
});

describe("showSender", () => {
  it("shows the creator's verified email to the recipient only when asked", async () => {
    const creator = await signUpVerified();
    const shown = await createSecret(creator, { showSender: true });
    const hidden = await createSecret(creator);
    const peek = async (id: string) => (await api(`/api/secrets/${id}`)).json<SecretPeek>();
    expect((await peek(shown.secret.id)).from).toBe(creator.user.email);
    expect((await peek(hidden.secret.id)).from).toBeNull();
  });

  it("is refused for an address not yet verified, and takes no free text", async () => {
    const creator = await signUp();
    const sealed = await sealSecret({ text: "x" });
    const res = await postJson("/api/secrets", { ...envelopeUpload(sealed), showSender: true }, creator);
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain("verify your email");
    const text = await postJson("/api/secrets", { ...envelopeUpload(sealed), showSender: "IT department" }, creator);
    expect(text.status).toBe(400);
  });
});
