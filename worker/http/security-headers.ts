// The security policy (protocol/security-policy.ts) on every answer the Worker makes. Static assets get
// the same values from the _headers file the build writes, because _headers rules do not apply to
// responses a Worker creates.
import { createMiddleware } from "hono/factory";
import { API_CACHE_CONTROL, API_CSP, COMMON_HEADERS, HSTS } from "../../protocol/security-policy";
import { isLoopbackHost } from "../config";

export const securityHeaders = createMiddleware(async (c, next) => {
  await next();
  // A WebSocket's 101 carries no page or JSON to protect, and copying it would lose its socket.
  if (c.res.status === 101) return;
  // Responses from fetch() (the assets binding's among them) have immutable headers: copy first.
  c.res = new Response(c.res.body, c.res);
  const headers = c.res.headers;
  // A page passed through from the assets binding keeps the page policy _headers gave it.
  if (!headers.has("Content-Security-Policy")) headers.set("Content-Security-Policy", API_CSP);
  for (const [name, value] of Object.entries(COMMON_HEADERS)) headers.set(name, value);
  if (c.req.path.startsWith("/api/")) headers.set("Cache-Control", API_CACHE_CONTROL);
  const url = new URL(c.req.url);
  if (url.protocol === "https:" && !isLoopbackHost(url.hostname)) headers.set("Strict-Transport-Security", HSTS);
});
