import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { unauthenticated } from "../http/errors";
import { readSessionToken, validateSession } from "./sessions";

/** Puts the signed-in account (or null) on c.var.user for every request. */
export const identifyCaller = createMiddleware<AppEnv>(async (c, next) => {
  const token = readSessionToken(c);
  const user = token ? await validateSession(c.var.db, token) : null;
  c.set("user", user);
  // A cookie that no longer opens a session still came from a browser: CSRF rules apply all the same.
  c.set("authMethod", token ? "session" : null);
  return next();
});

export const requireUser = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.var.user) throw unauthenticated();
  return next();
});
