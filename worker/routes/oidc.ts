// Sign-in with an OpenID Connect provider: /start sends the browser there, /callback signs it in here.
// state, nonce and the PKCE verifier stay server-side in KV (10 minutes, deleted on first use); a short
// cookie binds the state to the browser that started, so a callback link from someone else signs no one in.
import type { Context } from "hono";
import { Hono } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { oidcStartQuerySchema } from "../../protocol/schemas";
import { accountEvent, commitWithAudit } from "../audit/commit-with-audit";
import { createSession, deleteSession } from "../auth/sessions";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import { valid } from "../http/validate-request";
import { authorizationUrl, finishSignIn, type OidcFlow, oidcProviderName, oidcSettings } from "../sso/oidc-client";
import { refuseSso, ssoAccountFor } from "../sso/sso-account";

const FLOW_TTL_SECONDS = 600;
const flowKey = (state: string) => `oidc-flow:${state}`;

function flowCookieName(c: Context<AppEnv>): string {
  return new URL(c.req.url).protocol === "http:" ? "oncelink_oidc" : "__Host-oncelink_oidc";
}

function settingsOf(c: Context<AppEnv>) {
  const settings = oidcSettings(c.var.config, c.env);
  if (!settings) throw new ApiError(404, "not_found", "OpenID Connect sign-in is not configured on this deployment.");
  return settings;
}

const redirectUri = (c: Context<AppEnv>) => `${c.var.origin}/api/auth/oidc/callback`;

function failed(c: Context<AppEnv>, what: string): ApiError {
  const name = oidcProviderName(c.var.config) ?? "the provider";
  return new ApiError(400, "sso_failed", `Sign-in with ${name} failed: ${what}. Start again from the sign-in page.`);
}

export const oidcRoutes = new Hono<AppEnv>()
  .get("/auth/oidc/start", valid("query", oidcStartQuerySchema), async (c) => {
    const settings = settingsOf(c);
    const next = c.req.valid("query").next ?? "/";
    let start: Awaited<ReturnType<typeof authorizationUrl>>;
    try {
      start = await authorizationUrl(settings, redirectUri(c), next);
    } catch {
      throw new ApiError(502, "sso_failed", "The identity provider could not be reached. Try again shortly.");
    }
    await c.env.KV.put(flowKey(start.state), JSON.stringify(start.flow), { expirationTtl: FLOW_TTL_SECONDS });
    setCookie(c, flowCookieName(c), start.state, {
      httpOnly: true,
      // Lax: the provider's redirect back is a top-level GET, which carries it.
      sameSite: "Lax",
      secure: new URL(c.req.url).protocol === "https:",
      path: "/",
      maxAge: FLOW_TTL_SECONDS,
    });
    return c.redirect(start.url, 302);
  })
  .get("/auth/oidc/callback", async (c) => {
    const settings = settingsOf(c);
    const url = new URL(c.req.url);
    const state = url.searchParams.get("state") ?? "";
    const bound = getCookie(c, flowCookieName(c));
    deleteCookie(c, flowCookieName(c), { path: "/", secure: url.protocol === "https:" });
    if (!state || bound !== state) {
      return refuseSso(c, "oidc", "state_mismatch", failed(c, "this browser did not start that sign-in"));
    }
    const flow = await c.env.KV.get<OidcFlow>(flowKey(state), "json");
    // Single use: gone before the code is even tried, so a replayed callback finds nothing.
    await c.env.KV.delete(flowKey(state));
    if (!flow) return refuseSso(c, "oidc", "state_unknown", failed(c, "the sign-in expired or was already used"));
    const outcome = await finishSignIn(settings, url, state, flow, redirectUri(c));
    if (!outcome.ok) return refuseSso(c, "oidc", outcome.reason, failed(c, "the provider's answer was refused"));
    if (!outcome.emailVerified) {
      const error = new ApiError(403, "sso_refused", "Your identity provider has not verified your email address.");
      return refuseSso(c, "oidc", "email_unverified", error, outcome.email);
    }
    const account = await ssoAccountFor(c, outcome.email, "oidc");
    await deleteSession(c);
    await createSession(c, account.id);
    await commitWithAudit(c, [], { ...accountEvent("login", account), actor: account, details: { method: "oidc" } });
    // The sign-in page finishes the detour: it restores the link's fragment (web/src/lib/return-path.ts).
    return c.redirect(`/signin?next=${encodeURIComponent(flow.next)}`, 302);
  });
