// PASSWORD_LOGIN=off and the OIDC routes' own refusals, before any provider is involved; the flow itself
// runs against a real provider in the browser suite (e2e/oidc-sign-in.test.ts).
import { afterEach, describe, expect, it, vi } from "vitest";
import type { AppConfig } from "../../../protocol/api";
import { api, errorOf, postJson, STRONG_PASSWORD, uniqueEmail } from "../../test/client";

const SSO_ONLY: Partial<Env> = {
  OIDC_ISSUER: "https://idp.example.com",
  OIDC_CLIENT_ID: "oncelink",
  PASSWORD_LOGIN: "off",
};

describe("PASSWORD_LOGIN=off", () => {
  it("refuses password sign-up, sign-in and invite set-up with a clear error", async () => {
    const credentials = { email: uniqueEmail("off"), password: STRONG_PASSWORD };
    for (const path of ["/api/auth/signup", "/api/auth/login"]) {
      const res = await postJson(path, credentials, { vars: SSO_ONLY });
      expect(res.status, path).toBe(403);
      expect(await errorOf(res)).toMatchObject({ code: "password_login_off" });
    }
    const setup = await postJson(
      "/api/auth/setup",
      { token: "x".repeat(40), password: STRONG_PASSWORD },
      { vars: SSO_ONLY },
    );
    expect(await errorOf(setup)).toMatchObject({ code: "password_login_off" });
  });

  it("tells the sign-in page, with the provider's name from the issuer unless one is set", async () => {
    const config = await (await api("/api/config", { vars: SSO_ONLY })).json<AppConfig>();
    expect(config).toMatchObject({ passwordLogin: false, oidcProvider: "idp.example.com", access: false });
    const named = await api("/api/config", { vars: { ...SSO_ONLY, OIDC_PROVIDER_NAME: "Acme SSO" } });
    expect((await named.json<AppConfig>()).oidcProvider).toBe("Acme SSO");
  });

  it("is refused as a setting when no single sign-on is configured", async () => {
    const res = await api("/api/config", { vars: { PASSWORD_LOGIN: "off" } });
    expect(res.status).toBe(500);
    expect((await errorOf(res)).message).toContain("PASSWORD_LOGIN can be off only when Access or OIDC is configured");
  });
});

afterEach(() => vi.restoreAllMocks());

describe("GET /api/auth/oidc/start", () => {
  it("is 404 where OIDC is not configured", async () => {
    const res = await api("/api/auth/oidc/start");
    expect(res.status).toBe(404);
  });

  it.each(["//evil.example/x", "/\\\\evil.example", "https://evil.example/", "relative"])(
    "refuses a next that could leave the site: %s",
    async (next) => {
      const res = await api(`/api/auth/oidc/start?next=${encodeURIComponent(next)}`, { vars: SSO_ONLY });
      expect(res.status).toBe(400);
      expect(await errorOf(res)).toMatchObject({ code: "invalid_input" });
    },
  );

  it("answers 502 when the provider cannot be reached, and the callback refuses a state it never issued", async () => {
    const vars = { ...SSO_ONLY, OIDC_ISSUER: "https://idp.unreachable.example" };
    // The provider's discovery document, at the fetch boundary: the network is down.
    vi.spyOn(globalThis, "fetch").mockRejectedValue(new TypeError("network down"));
    const start = await api("/api/auth/oidc/start?next=/", { vars });
    expect(start.status).toBe(502);
    expect(await errorOf(start)).toMatchObject({ code: "sso_failed" });
    const callback = await api("/api/auth/oidc/callback?code=abc&state=forged", {
      vars,
      cookie: "oncelink_oidc=forged",
    });
    expect(callback.status).toBe(400);
    expect(await errorOf(callback)).toMatchObject({ code: "sso_failed" });
  });
});
