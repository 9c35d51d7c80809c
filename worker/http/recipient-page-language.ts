// The recipient page in the recipient's language (their browser's, or the language they chose on this site:
// never the creator's): <html lang> and dir, the <title>, the description and the load-failed template from
// the recipient catalog, and that one language's messages as a JSON block the page's module reads
// (web/src/recipient/i18n.ts). The block is data (type application/json is never run), so the page's CSP,
// which allows only the hashed inline script, stays as it is.
import { RECIPIENT_CATALOGS } from "../../locales/server";
import { isLocale, isRightToLeft, type Locale, requestLocale } from "../../protocol/locales";

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
  return JSON.stringify({ locale, messages: pageMessages(locale, true) }).replace(/</g, "\\u003c");
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

function text(content: string): { element(element: Element): void } {
  return { element: (element) => void element.setInnerContent(content) };
}

/** The page `page` in the language `request` asks for, with Content-Language and a Vary that says why. */
export function inRecipientLanguage(request: Request, page: Response): Response {
  const locale = requestLocale(request.headers);
  const catalog = RECIPIENT_CATALOGS[locale];
  const message = (key: string) => catalog[key] ?? RECIPIENT_CATALOGS.en[key] ?? "";
  const block = `<script type="application/json" id="oncelink-messages">${messageBlock(locale)}</script>`;
  const rewritten = new HTMLRewriter()
    .on("html", {
      element(element) {
        element.setAttribute("lang", locale);
        element.setAttribute("dir", isRightToLeft(locale) ? "rtl" : "ltr");
      },
    })
    .on("head", { element: (element) => void element.append(block, { html: true }) })
    .on("title", text(message("recipient.html.title")))
    .on('meta[name="description"]', {
      element: (element) => void element.setAttribute("content", message("recipient.html.description")),
    })
    .on("#load-failed h1", text(message("recipient.html.loadFailed")))
    .on("#load-failed p", text(message("recipient.html.loadFailedAdvice")))
    .on("#load-failed button", text(message("recipient.reload")))
    .transform(page);
  const answer = new Response(rewritten.body, rewritten);
  answer.headers.set("Content-Language", locale);
  answer.headers.append("Vary", "Accept-Language, Cookie");
  // The body changed: the asset's length and its tag (the same file for every language) no longer hold.
  answer.headers.delete("Content-Length");
  answer.headers.delete("ETag");
  return answer;
}
