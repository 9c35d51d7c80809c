// The recipient page in the recipient's language (their browser's, or the language they chose on this site:
// never the creator's): <html lang> and dir, the <title>, the description and the load-failed template from
// the recipient catalog, and that one language's messages as a JSON block the page's module reads
// (web/src/recipient/i18n.ts). The block is data (type application/json is never run), so the page's CSP,
// which allows only the hashed inline script, stays as it is.
import { RECIPIENT_CATALOGS } from "../../locales/server";
import { isRightToLeft, requestLocale } from "../../protocol/locales";
import { messageScript } from "./recipient-messages";

function text(content: string): { element(element: Element): void } {
  return { element: (element) => void element.setInnerContent(content) };
}

/** The page `page` in the language `request` asks for, with Content-Language and a Vary that says why. */
export function inRecipientLanguage(request: Request, page: Response): Response {
  const locale = requestLocale(request.headers);
  const catalog = RECIPIENT_CATALOGS[locale];
  const message = (key: string) => catalog[key] ?? RECIPIENT_CATALOGS.en[key] ?? "";
  const block = messageScript(locale);
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
