// The `message` of an API error in the request's language (issue 21). Only the message changes: the code
// and the extra fields stay as they are, so scripts match on `code`. A request that names no language
// (neither the oncelink_lang cookie nor Accept-Language: scripts, the CLI) gets the English message it
// always got, word for word; so does one whose language is English.
import type { Context } from "hono";
import type en from "../../locales/en/errors";
import { ERRORS_CATALOGS } from "../../locales/server";
import type { ErrorCode } from "../../protocol/enums";
import { LOCALE_COOKIE, type Locale, requestLocale } from "../../protocol/locales";

/** Each code's key in the catalogs; a code without a message in locales/en/errors.ts is a compile error. */
export function errorKey(code: ErrorCode): keyof typeof en {
  return `errors.${code}`;
}

/** The locale a request asked for, or undefined when it named none or asked for English. */
function askedLocale(headers: Headers): Locale | undefined {
  const cookie = headers.get("Cookie") ?? "";
  const hasCookie = cookie.split(";").some((pair) => pair.trim().startsWith(`${LOCALE_COOKIE}=`));
  if (!hasCookie && !headers.has("Accept-Language")) return undefined;
  const locale = requestLocale(headers);
  return locale === "en" ? undefined : locale;
}

/** The message to send for `code`: `english` unless the request asked for another language (then headers are set). */
export function localizedMessage(c: Context, code: ErrorCode, english: string): string {
  const locale = askedLocale(c.req.raw.headers);
  if (!locale) return english;
  const message = ERRORS_CATALOGS[locale][errorKey(code)];
  if (!message) return english;
  c.header("Content-Language", locale);
  c.header("Vary", "Accept-Language, Cookie", { append: true });
  return message;
}
