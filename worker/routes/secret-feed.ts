// The dashboard's live feed: a WebSocket to the caller's own AccountFeed (feed/account-feed.ts), which says
// "changed" whenever one of the caller's secrets did. Registered before secretRoutes, whose /secrets/:id
// would otherwise take "live" for a secret id.
import { Hono } from "hono";
import { currentUser, requireUser } from "../auth/current-user";
import type { AppEnv } from "../env";
import { feedFor } from "../feed/feed-notice";
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
  return feedFor(c.env, currentUser(c).id).fetch(c.req.raw);
});
