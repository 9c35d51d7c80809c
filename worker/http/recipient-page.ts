// The recipient page: every /s/* path gets dist/web/s/index.html (web/build-recipient-page.ts), a page of
// its own with its CSS inlined and one module, rather than the app's index.html and its router. The assets
// binding answers it with the _headers rules of /s/* (never stored) and the page policy.
import type { Context } from "hono";
import type { AppEnv } from "../env";

/** The asset path of the page: "/s/" serves s/index.html, as Workers Static Assets map directories. */
export const RECIPIENT_PAGE_ASSET = "/s/";

export function serveRecipientPage(c: Context<AppEnv>): Promise<Response> {
  return c.env.ASSETS.fetch(new Request(new URL(RECIPIENT_PAGE_ASSET, c.req.url), c.req.raw));
}
