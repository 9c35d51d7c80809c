// A state change riding on the session cookie must come from our own pages (PROTOCOL: Origin check).
// Bearer-token callers are not exposed to CSRF: a browser never attaches that header by itself.
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError } from "./errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export const requireSameOrigin = createMiddleware<AppEnv>(async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next();
  if (c.var.authMethod === "token") return next();
  const origin = c.req.header("Origin");
  const ownOrigin = c.var.origin;
  const usesCookie = c.var.authMethod === "session" || c.var.authMethod === "access";
  // Sign-in forms carry no session yet, but a foreign Origin there is login CSRF: refuse it as well.
  if ((usesCookie && origin !== ownOrigin) || (origin !== undefined && origin !== ownOrigin)) {
    throw new ApiError(403, "csrf", "This request did not come from Oncelink's own pages.");
  }
  return next();
});
