import { Hono } from "hono";
import type { AppConfig, HealthStatus } from "../protocol/api";
import { identifyCaller } from "./auth/current-user";
import { openD1Session } from "./db/d1-session";
import type { AppEnv } from "./env";
import { requireOwnHost } from "./http/app-origin";
import { requireSameOrigin } from "./http/csrf";
import { ApiError, renderError } from "./http/errors";
import { loadConfig } from "./http/load-config";
import { serveRecipientPage } from "./http/recipient-page";
import { securityHeaders } from "./http/security-headers";
import { turnstileSiteKey } from "./http/turnstile";
import { accountDeleteRoutes } from "./routes/account-delete";
import { auditRoutes } from "./routes/audit";
import { authRoutes } from "./routes/auth";
import { devRoutes } from "./routes/dev";
import { emailVerificationRoutes } from "./routes/email-verification";
import { memberAdminRoutes } from "./routes/member-admin";
import { memberRoutes } from "./routes/members";
import { oidcRoutes } from "./routes/oidc";
import { serveOpenApiDocument } from "./routes/openapi-document";
import { passkeySignInRoutes } from "./routes/passkey-sign-in";
import { passkeyRoutes } from "./routes/passkeys";
import { requestRoutes } from "./routes/requests";
import { secretEmailRoutes } from "./routes/secret-email";
import { secretFeedRoutes } from "./routes/secret-feed";
import { secretFileRoutes } from "./routes/secret-files";
import { secretGroupRoutes } from "./routes/secret-groups";
import { secretRoutes } from "./routes/secrets";
import { slackRequestRoutes } from "./routes/slack-requests";
import { tokenRoutes } from "./routes/tokens";
import { webhookRoutes } from "./routes/webhooks";
import { slackRoutes } from "./slack/slack-commands-route";
import { accessConfigured } from "./sso/access-jwt";
import { oidcProviderName } from "./sso/oidc-client";

const api = new Hono<AppEnv>()
  // One D1 session per request: replicas for reads where replication is on, the client's own writes seen.
  .use(openD1Session)
  // Health answers before the caller is identified, so it touches no storage.
  .get("/health", (c) => c.json({ ok: true } satisfies HealthStatus))
  // What the browser needs to know about this deployment before anyone signs in.
  .get("/config", (c) =>
    c.json({
      turnstileSiteKey: turnstileSiteKey(c.env),
      maxSecretBytes: c.var.config.MAX_SECRET_BYTES,
      maxFileBytes: c.var.config.MAX_FILE_BYTES,
      passwordLogin: c.var.config.PASSWORD_LOGIN === "on",
      oidcProvider: oidcProviderName(c.var.config),
      access: accessConfigured(c.var.config),
    } satisfies AppConfig),
  )
  // The OpenAPI document of this API (the reference at /docs/api reads it).
  .get("/openapi.json", serveOpenApiDocument)
  .use(identifyCaller, requireSameOrigin)
  .route("/", authRoutes)
  .route("/", oidcRoutes)
  .route("/", passkeyRoutes)
  .route("/", passkeySignInRoutes)
  .route("/", emailVerificationRoutes)
  .route("/", secretFeedRoutes)
  .route("/", secretRoutes)
  .route("/", secretFileRoutes)
  .route("/", secretEmailRoutes)
  .route("/", requestRoutes)
  .route("/", slackRequestRoutes)
  .route("/", secretGroupRoutes)
  .route("/", tokenRoutes)
  .route("/", webhookRoutes)
  .route("/", memberRoutes)
  .route("/", memberAdminRoutes)
  .route("/", auditRoutes)
  .route("/", accountDeleteRoutes)
  .all("*", () => {
    throw new ApiError(404, "not_found", "No such API route.");
  });

export const app = new Hono<AppEnv>()
  // Settings before anything that reads them; inside securityHeaders so a misconfigured answer has its headers too.
  .use(securityHeaders, loadConfig, requireOwnHost)
  .route("/api", api)
  .route("/dev", devRoutes)
  // The Slack app's slash command: signed by Slack, form-encoded, not part of the JSON API.
  .route("/integrations/slack", slackRoutes)
  // A share link's page (wrangler.toml's run_worker_first sends /s/* here): the recipient page's own HTML.
  .on(["GET", "HEAD"], "/s/*", serveRecipientPage)
  // Only reached where static assets did not answer first (tests call the Worker directly).
  .all("*", (c) => c.env.ASSETS.fetch(c.req.raw));

app.onError(renderError);

export type AppType = typeof app;
