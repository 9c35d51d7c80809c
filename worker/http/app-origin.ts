// The deployment's own origin comes from configuration (APP_ORIGIN), never from the request's Host header:
// share links and mailed links are built from it, so a forged Host must not be able to point them at
// another site. Requests for any other host are refused before anything else runs.
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env";
import { ApiError } from "./errors";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** APP_ORIGIN as a list of origins ("https://a.example,https://b.example"); empty when unset. */
export function configuredOrigins(env: Env): string[] {
  return (env.APP_ORIGIN ?? "")
    .split(",")
    .map((value) => value.trim())
    .filter(Boolean)
    .map((value) => {
      try {
        return new URL(value).origin;
      } catch {
        throw misconfigured();
      }
    });
}

/**
 * The origin this request may build links from: the request's own origin when APP_ORIGIN lists it (or,
 * with APP_ORIGIN unset, when it is a loopback address, for local development); otherwise an error.
 */
export function ownOrigin(env: Env, requestUrl: string): string {
  const url = new URL(requestUrl);
  const allowed = configuredOrigins(env);
  if (allowed.length === 0) {
    if (LOOPBACK_HOSTS.has(url.hostname) && url.protocol === "http:") return url.origin;
    throw misconfigured();
  }
  if (!allowed.includes(url.origin)) {
    throw new ApiError(421, "wrong_host", "This Oncelink deployment does not answer for that host.");
  }
  return url.origin;
}

function misconfigured(): ApiError {
  console.error("misconfigured: APP_ORIGIN must list this deployment's origin(s) outside loopback");
  return new ApiError(500, "misconfigured", "The deployment is misconfigured: APP_ORIGIN is missing or invalid.");
}

/** Puts the checked origin on c.var.origin, or refuses a request made for another host. */
export const requireOwnHost = createMiddleware<AppEnv>(async (c, next) => {
  c.set("origin", ownOrigin(c.env, c.req.url));
  return next();
});
