// Headers for every answer the Worker makes. Static assets get the same policy from web/public/_headers,
// because _headers rules do not apply to responses a Worker creates.
import { createMiddleware } from "hono/factory";

const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

export const securityHeaders = createMiddleware(async (c, next) => {
  await next();
  // Responses from fetch() (the assets binding's among them) have immutable headers: copy first.
  c.res = new Response(c.res.body, c.res);
  const headers = c.res.headers;
  if (!headers.has("Content-Security-Policy")) headers.set("Content-Security-Policy", API_CSP);
  headers.set("X-Content-Type-Options", "nosniff");
  headers.set("Referrer-Policy", "no-referrer");
  headers.set("X-Frame-Options", "DENY");
  headers.set("Cross-Origin-Resource-Policy", "same-origin");
  headers.set("Cross-Origin-Opener-Policy", "same-origin");
  headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
  if (c.req.path.startsWith("/api/")) headers.set("Cache-Control", "no-store");
  // Off localhost only: HSTS on a plain-http development origin would be ignored at best.
  const url = new URL(c.req.url);
  if (url.protocol === "https:") headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
});
