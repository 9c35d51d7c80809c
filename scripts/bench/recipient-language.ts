// The recipient page's HTML as the Worker serves it in a language (worker/http/recipient-page-language.ts):
// <html lang> and dir, the title, the description and the load-failed template from the catalog, and the
// JSON block of that language's first-view messages, written by the Worker's own messageScript. The Worker
// does it with HTMLRewriter, which Node has not; these are the same edits on the built file.
import { RECIPIENT_CATALOGS } from "../../locales/server";
import { isRightToLeft, type Locale } from "../../protocol/locales";
import { messageScript } from "../../worker/http/recipient-messages";

const escapeHtml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export function servedRecipientHtml(html: string, locale: Locale): string {
  const catalog: Readonly<Record<string, string>> = { ...RECIPIENT_CATALOGS.en, ...RECIPIENT_CATALOGS[locale] };
  const say = (key: string) => escapeHtml(catalog[key] ?? "");
  return html
    .replace(/<html lang="[^"]*"/, `<html lang="${locale}" dir="${isRightToLeft(locale) ? "rtl" : "ltr"}"`)
    .replace(/<title>[^<]*<\/title>/, `<title>${say("recipient.html.title")}</title>`)
    .replace(/(name="description"\s+content=")[^"]*"/, `$1${say("recipient.html.description")}"`)
    .replace(/(<template id="load-failed">[\s\S]*?<h1>)[^<]*/, `$1${say("recipient.html.loadFailed")}`)
    .replace(/(<template id="load-failed">[\s\S]*?<p>)[^<]*/, `$1${say("recipient.html.loadFailedAdvice")}`)
    .replace(/(<template id="load-failed">[\s\S]*?<button type="button">)[^<]*/, `$1${say("recipient.reload")}`)
    .replace("</head>", `${messageScript(locale)}</head>`);
}
