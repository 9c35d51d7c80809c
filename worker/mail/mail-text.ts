// A mail's words in one language: its messages (locales/<locale>/mail.ts), its dates (Intl, in UTC: a mail
// does not know the reader's time zone, and says so), and the HTML paragraphs whose message holds a link.
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type en from "../../locales/en/mail";
import { MAIL_CATALOGS } from "../../locales/server";
import type { Locale } from "../../protocol/locales";
import { formatMessage, type MessageArgs } from "../../protocol/message-format";

export type MailKey = keyof typeof en;

/** A link inside a message: where it goes and the message that is its text. */
export interface MessageLink {
  href: string;
  text: MailKey;
}

export interface MailText {
  locale: Locale;
  t(key: MailKey, args?: MessageArgs): string;
  /** A moment as the language writes a date and a time, in UTC. */
  date(at: number | Date): string;
  /** A message as HTML: its text escaped, each named argument in `links` an <a> with that message as its text. */
  withLinks(key: MailKey, links: Readonly<Record<string, MessageLink>>, args?: MessageArgs): HtmlEscapedString;
}

const MARK = "\uE000";

export function mailText(locale: Locale): MailText {
  const catalog = MAIL_CATALOGS[locale];
  const english = MAIL_CATALOGS.en;
  const t = (key: MailKey, args?: MessageArgs) => formatMessage(catalog[key] ?? english[key] ?? key, locale, args);
  const dates = new Intl.DateTimeFormat(locale, { dateStyle: "full", timeStyle: "long", timeZone: "UTC" });
  return {
    locale,
    t,
    date: (at) => dates.format(at),
    withLinks(key, links, args = {}) {
      const marks = Object.fromEntries(Object.keys(links).map((name) => [name, `${MARK}${name}${MARK}`]));
      const pieces = t(key, { ...args, ...marks })
        .split(new RegExp(`${MARK}(\\w+)${MARK}`))
        .map((piece, index) => {
          const link = index % 2 === 1 ? links[piece] : undefined;
          return link ? html`<a href="${link.href}">${t(link.text)}</a>` : piece;
        });
      // hono's html escapes each string of the array and keeps each <a> it made as it is.
      return html`${pieces}` as HtmlEscapedString;
    },
  };
}
