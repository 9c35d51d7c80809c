// The recipient page's messages as the Worker hands them out: the first view's in the page's JSON block
// (messageBlock, put in by recipient-page-language.ts), the rest at GET /s/-/messages/<locale>. No Workers-only
// API here, so the bench weighs the block exactly as the Worker writes it (scripts/bench/recipient-requests.ts).
import { RECIPIENT_CATALOGS } from "../../locales/server";
import { isLocale, type Locale } from "../../protocol/locales";

/**
 * Keys left out of the block: the Worker's own (written into the HTML), and those of the views after a click,
 * of the human check, of the sign-in prompt and of the dead ends, which the page asks for when it needs them (recipientMessages).
 */
const KEY_PREFIX = "recipient.";
const NOT_IN_BLOCK = ["recipient.html.", "recipient.open.", "recipient.check.", "recipient.end.", "recipient.signIn."];

/** A language's messages for the page, each key without its "recipient." (the page puts it back). */
function pageMessages(locale: Locale, inBlock: boolean): Record<string, string> {
  return Object.fromEntries(
    // English under the language's own: a key not yet translated still says something.
    Object.entries({ ...RECIPIENT_CATALOGS.en, ...RECIPIENT_CATALOGS[locale] })
      .filter(
        ([key]) => !key.startsWith("recipient.html.") && (!inBlock || !NOT_IN_BLOCK.some((p) => key.startsWith(p))),
      )
      .map(([key, message]) => [key.slice(KEY_PREFIX.length), message]),
  );
}

/** The JSON of the page's block: `<` escaped, so no text in it can close the <script> element. */
export function messageBlock(locale: Locale): string {
  return JSON.stringify(pageMessages(locale, true)).replace(/</g, "\\u003c");
}

/** The path the page asks for the rest of its language's messages at (web/src/recipient/i18n.ts). */
export const MESSAGES_PATH = /^\/s\/-\/messages\/([A-Za-z-]{2,5})$/;

/** GET /s/-/messages/<locale>: every message of the page in that language (the same for everyone: cacheable). */
export function recipientMessages(locale: string): Response {
  if (!isLocale(locale))
    return Response.json({ error: { code: "not_found", message: "No such language" } }, { status: 404 });
  return Response.json(pageMessages(locale, false), {
    headers: { "Cache-Control": "public, max-age=3600", "Content-Language": locale },
  });
}

/** The block as an element, as the Worker appends it to the page's <head>. */
export function messageScript(locale: Locale): string {
  return `<script type="application/json" id="oncelink-messages">${messageBlock(locale)}</script>`;
}
