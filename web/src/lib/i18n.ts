// The app's language: chosen before the first render (main.tsx awaits loadLocale), from the switcher's
// remembered choice, else the browser's languages, else English. Only that language's catalog is
// downloaded (locales/<locale>/app.ts, a chunk of its own). Changing it reloads the page.
import type app from "../../../locales/en/app";
import {
  cookieLocale,
  DEFAULT_LOCALE,
  isRightToLeft,
  LOCALE_COOKIE,
  LOCALE_COOKIE_MAX_AGE,
  type Locale,
  matchLocale,
} from "../../../protocol/locales";
import { formatMessage, type MessageArgs } from "../../../protocol/message-format";

export type MessageKey = keyof typeof app;

const catalogs = import.meta.glob<{ default: Readonly<Record<string, string>> }>("../../../locales/*/app.ts");

let locale: Locale = DEFAULT_LOCALE;
let messages: Readonly<Record<string, string>> = {};

/** The language this page shows: the remembered choice, else the browser's, else English. */
export function preferredLocale(): Locale {
  return cookieLocale(document.cookie) ?? matchLocale(navigator.languages ?? [navigator.language]);
}

/** Loads the preferred language's catalog and marks the document's language and direction. */
export async function loadLocale(): Promise<Locale> {
  locale = preferredLocale();
  const load = catalogs[`../../../locales/${locale}/app.ts`];
  if (!load) throw new Error(`no catalog for ${locale}`);
  messages = (await load()).default;
  document.documentElement.lang = locale;
  document.documentElement.dir = isRightToLeft(locale) ? "rtl" : "ltr";
  return locale;
}

export function currentLocale(): Locale {
  return locale;
}

/** A message of the current language, its arguments in place (protocol/message-format.ts). */
export function t(key: MessageKey, args?: MessageArgs): string {
  return formatMessage(messages[key] ?? key, locale, args);
}

/**
 * Remembers a language for this browser (the Worker reads the cookie too) and shows the page in it. Signed
 * in, `remember` also keeps it on the account (PATCH /api/me: the language of its mails); the page follows
 * the pick even when that fails (offline), and the next pick sends it again.
 */
export async function chooseLocale(next: Locale, remember?: (locale: Locale) => Promise<unknown>): Promise<void> {
  const secure = location.protocol === "https:" ? "; Secure" : "";
  document.cookie = `${LOCALE_COOKIE}=${encodeURIComponent(next)}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax${secure}`;
  await remember?.(next).catch(() => undefined);
  location.reload();
}
