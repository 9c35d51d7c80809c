// The deployment's own origin comes from configuration (APP_ORIGIN), never from the request's Host header:
// share links and mailed links are built from it, so a forged Host must not be able to point them at
// another site. Requests for any other host are refused before anything else runs.
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError } from "./errors";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * The origin this request may build links from: the request's own origin when APP_ORIGIN lists it (or,
 * with APP_ORIGIN unset, when it is a loopback address, for local development); otherwise an error.
 * A value that is not a list of origins never gets here: configOf refuses it.
 */
export function ownOrigin(allowed: string[], requestUrl: string): string {
  const url = new URL(requestUrl);
  if (allowed.length === 0) {
    if (LOOPBACK_HOSTS.has(url.hostname) && url.protocol === "http:") return url.origin;
    console.error("misconfigured: APP_ORIGIN must list this deployment's origin(s) outside loopback");
    throw new ApiError(500, "misconfigured", "The deployment is misconfigured: APP_ORIGIN is missing.");
  }
  if (!allowed.includes(url.origin)) {
    throw new ApiError(421, "wrong_host", "This Oncelink deployment does not answer for that host.");
  }
  return url.origin;
}

/** Puts the checked origin on c.var.origin, or refuses a request made for another host. */
export const requireOwnHost = createMiddleware<AppEnv>(async (c, next) => {
  c.set("origin", ownOrigin(c.var.config.APP_ORIGIN, c.req.url));
  return next();
});
