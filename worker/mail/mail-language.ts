// Which language a mail is written in: its reader's, as far as Oncelink knows it. An account's language
// (users.locale: the one it signed up in, then each pick of the switcher, PATCH /api/me) wins; a reader
// without an account gets the language of the request that sent the mail (the sender's, read as
// protocol/locales.ts reads any request's); a mail sent off any request (a vault's notice, a disabled
// webhook) to an account that never chose one is in English.
import type { Context } from "hono";
import { DEFAULT_LOCALE, isLocale, type Locale, requestLocale } from "../../protocol/locales";
import { findAccountByEmail, findAccountById } from "../db/accounts";
import type { Database } from "../db/client";
import type { AppEnv } from "../env";

/** A users.locale value as a language: null, or one that is no longer supported, is none. */
export function storedLocale(value: string | null | undefined): Locale | undefined {
  return isLocale(value) ? value : undefined;
}

/** The language of mail to an account, off any request: its own, else English. */
export async function accountMailLocale(db: Database, accountId: string | null): Promise<Locale> {
  const account = accountId ? await findAccountById(db, accountId) : undefined;
  return storedLocale(account?.locale) ?? DEFAULT_LOCALE;
}

/** The language of mail a request sends to an address: its account's, else the request's. */
export async function recipientMailLocale(c: Context<AppEnv>, email: string): Promise<Locale> {
  const account = await findAccountByEmail(c.var.db, email);
  return storedLocale(account?.locale) ?? requestLocale(c.req.raw.headers);
}
