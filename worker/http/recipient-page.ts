// The recipient page: every /s/* path gets dist/web/s/index.html (web/build-recipient-page.ts), a page of
// its own with its CSS inlined and one module, rather than the app's index.html and its router. The assets
// binding answers it with the _headers rules of /s/* (never stored) and the page policy.
import type { Context } from "hono";
import { SECRET_ID_PATTERN } from "../../protocol/limits";
import type { AppEnv } from "../env";
import { MESSAGES_PATH, recipientMessages } from "./recipient-messages";
import { inRecipientLanguage } from "./recipient-page-language";

/** The asset path of the page: "/s/" serves s/index.html, as Workers Static Assets map directories. */
export const RECIPIENT_PAGE_ASSET = "/s/";

/**
 * The API answers the page asks for first (web/src/recipient/page.ts), named so the browser
 * fetches them beside the page's module instead of after it has run: a round trip less before the page is
 * usable. Each is a GET that changes nothing (a peek spends no view). `crossorigin` gives the preload the
 * page's fetch() credentials mode (same-origin), so the browser hands the page the preloaded answer.
 */
export function firstRequests(path: string): string | undefined {
  const id = /^\/s\/([^/]+)$/.exec(path)?.[1];
  if (!id || !SECRET_ID_PATTERN.test(id)) return undefined;
  return [`/api/secrets/${id}`, "/api/config", "/api/session"]
    .map((url) => `<${url}>; rel=preload; as=fetch; crossorigin=anonymous`)
    .join(", ");
}

export async function serveRecipientPage(c: Context<AppEnv>): Promise<Response> {
  const messages = MESSAGES_PATH.exec(c.req.path)?.[1];
  if (messages) return recipientMessages(messages);
  const asset = await c.env.ASSETS.fetch(new Request(new URL(RECIPIENT_PAGE_ASSET, c.req.url), c.req.raw));
  if (asset.status !== 200) return asset;
  // In the recipient's language (recipient-page-language.ts).
  const answer = inRecipientLanguage(c.req.raw, asset);
  const link = firstRequests(c.req.path);
  if (link) answer.headers.append("Link", link);
  return answer;
}
