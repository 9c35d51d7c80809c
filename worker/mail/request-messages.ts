// The mail that tells a requester a response to their secret request arrived (PROTOCOL 9). It names the
// request and who answered; never the response, which only the requester's private key opens.
import { html } from "hono/html";
import type { Locale } from "../../protocol/locales";
import type { MailMessage } from "./mail-message";
import { mailText } from "./mail-text";
import { footerHtml, footerText, nameLabel, personLabel, placeLabel } from "./messages";

export interface ResponseNotice {
  requestName: string;
  at: number;
  /** The responder's account email when they were signed in, and whether its owner proved it. */
  responderEmail: string | null;
  responderVerified: boolean;
  ip: string | null;
  city: string | null;
  country: string | null;
  device: string | null;
}

export function respondedMail(to: string, notice: ResponseNotice, origin: string, locale: Locale): MailMessage {
  const text = mailText(locale);
  const label = nameLabel(text, notice.requestName);
  const place = placeLabel(text, notice.city, notice.country);
  const facts = [
    text.t("mail.when", { at: text.date(notice.at) }),
    text.t("mail.by", { who: personLabel(text, notice.responderEmail, notice.responderVerified) }),
    text.t("mail.from", { place: notice.ip ? text.t("mail.placeWithIp", { place, ip: notice.ip }) : place }),
    text.t("mail.device", { device: notice.device ?? text.t("mail.unknownDevice") }),
  ];
  const inbox = `${origin}/requests`;
  const intro = text.t("mail.responded.intro", { label });
  const lines = [
    intro,
    "",
    ...facts,
    "",
    text.t("mail.responded.openText", { link: inbox }),
    "",
    footerText(text, origin),
  ];
  const open = { href: inbox, text: "mail.responded.openLink" } as const;
  const body = html`<p>${intro}</p>
    <ul>
      ${facts.map((fact) => html`<li>${fact}</li>`)}
    </ul>
    <p>${text.withLinks("mail.responded.openHtml", { open })}</p>
    ${footerHtml(text, origin)}`;
  return { to, subject: text.t("mail.responded.subject", { label }), text: lines.join("\n"), html: body.toString() };
}
