// The dashboard's live feed: a WebSocket to the caller's own AccountFeed (feed/account-feed.ts), which says
// "changed" whenever one of the caller's secrets did. Registered before secretRoutes, whose /secrets/:id
// would otherwise take "live" for a secret id.

import type { Context } from "hono";
import { Hono } from "hono";
import { TOKEN_PREFIX } from "../auth/api-tokens";
import { currentUser, requireUser } from "../auth/current-user";
import { readSessionToken } from "../auth/sessions";
import { parseSplitToken } from "../auth/split-token";
import type { AppEnv } from "../env";
import { FEED_CREDENTIAL_HEADER } from "../feed/account-feed";
import { feedCredential, feedFor } from "../feed/feed-notice";
import { ApiError } from "../http/errors";

export const secretFeedRoutes = new Hono<AppEnv>().get("/secrets/live", requireUser, async (c) => {
  if (c.req.header("Upgrade")?.toLowerCase() !== "websocket") {
    c.header("Upgrade", "websocket");
    throw new ApiError(426, "upgrade_required", "This route is a WebSocket: send Upgrade: websocket.");
  }
  // Cross-site WebSocket hijacking: a handshake is a GET that carries the cookie whichever site opens it, so
  // the session's socket must come from our own pages. Browsers always send Origin on a handshake; a bearer
  // token is never attached by a browser on its own, so a script with one needs none.
  if (c.var.authMethod !== "token" && c.req.header("Origin") !== c.var.origin) {
    throw new ApiError(403, "csrf", "This WebSocket was not opened by Oncelink's own pages.");
  }
  const headers = new Headers(c.req.raw.headers);
  // The feed needs to know which credential opened the socket, never the credential itself.
  headers.delete("Cookie");
  headers.delete("Authorization");
  headers.set(FEED_CREDENTIAL_HEADER, credentialOf(c));
  return feedFor(c.env, currentUser(c).id).fetch(new Request(c.req.raw, { headers }));
});

/** Which session or token this caller used: requireUser has already checked it. */
function credentialOf(c: Context<AppEnv>): string {
  if (c.var.authMethod === "token") {
    const bearer = /^Bearer (\S+)$/.exec(c.req.header("Authorization") ?? "")?.[1] ?? "";
    return feedCredential("token", parseSplitToken(bearer, TOKEN_PREFIX)?.id ?? "");
  }
  return feedCredential("session", readSessionToken(c)?.id ?? "");
}
