// The mails Oncelink sends: a share link to its recipient, "viewed" / "expired unviewed" notices to the
// creator, and the link that verifies an account's address. Short, plain text plus simple HTML, with the
// product's name and the deployment, in the reader's language (mail-language.ts picks it; mail-text.ts
// holds the words, locales/<locale>/mail.ts).
import { html } from "hono/html";
import type { User } from "../../protocol/api";
import type { Locale } from "../../protocol/locales";
import type { MailMessage } from "./mail-message";
import { type MailText, mailText } from "./mail-text";

export interface ViewNotice {
  secretName: string | null;
  at: number;
  viewerEmail: string | null;
  /** Absent in notices queued before verification existed: those addresses were not proved either. */
  viewerVerified?: boolean;
  city: string | null;
  country: string | null;
  device: string | null;
  remainingViews: number;
}

/** A secret's or a request's name as a mail quotes it; "without a name" when it has none. */
export const nameLabel = (text: MailText, name: string | null) =>
  name ? text.t("mail.quoted", { name }) : text.t("mail.unnamed");

/** Who did something, as a mail names them: the creator must not take a claimed address for the person they meant. */
export function personLabel(text: MailText, email: string | null, verified: boolean): string {
  if (!email) return text.t("mail.unknownViewer");
  return verified ? email : text.t("mail.unverifiedViewer", { email });
}

/** Where something happened: "City, Country", or that it is not known. */
export const placeLabel = (text: MailText, city: string | null, country: string | null) =>
  [city, country].filter(Boolean).join(", ") || text.t("mail.unknownLocation");

export const footerText = (text: MailText, origin: string) => text.t("mail.footer", { origin });

/** The footer with the deployment's address as a link. */
export function footerHtml(text: MailText, origin: string) {
  const [before, after = ""] = text.t("mail.footer", { origin: "\uE001" }).split("\uE001");
  return html`<p>${before}<a href="${origin}">${origin}</a>${after}</p>`;
}

/** Who a mail says sent it. The address passed the API's email schema, so it holds no CR or LF. */
function senderName(text: MailText, sender: Pick<User, "email" | "emailVerified">): string {
  // Anyone can sign up with any address: until its owner proves it, a mail must not claim to come from it.
  return sender.emailVerified ? sender.email : text.t("mail.unverifiedSender");
}

/** A share link for its recipient, or an admin's invitation (a one-time secret holding the setup link). */
export function linkMail(
  to: string,
  link: string,
  from: Pick<User, "email" | "emailVerified">,
  origin: string,
  expiresAt: Date,
  locale: Locale,
  kind: "link" | "invite" = "link",
): MailMessage {
  const text = mailText(locale);
  const sender = senderName(text, from);
  const intro = text.t(`mail.${kind}.intro`, { sender });
  const expires = text.t(`mail.${kind}.expires`, { at: text.date(expiresAt) });
  const open = { href: link, text: `mail.${kind}.openLink` } as const;
  const lines = [intro, "", text.t(`mail.${kind}.openText`, { link }), "", expires, "", footerText(text, origin)];
  const body = html`<p>${intro}</p>
    <p>${text.withLinks(`mail.${kind}.openHtml`, { open })}</p>
    <p>${expires}</p>
    <p>${footerText(text, origin)}</p>`;
  return { to, subject: text.t(`mail.${kind}.subject`, { sender }), text: lines.join("\n"), html: body.toString() };
}

export function viewedMail(to: string, notice: ViewNotice, origin: string, locale: Locale): MailMessage {
  const text = mailText(locale);
  const label = nameLabel(text, notice.secretName);
  const facts = [
    text.t("mail.when", { at: text.date(notice.at) }),
    text.t("mail.by", { who: personLabel(text, notice.viewerEmail, notice.viewerVerified === true) }),
    text.t("mail.from", { place: placeLabel(text, notice.city, notice.country) }),
    text.t("mail.device", { device: notice.device ?? text.t("mail.unknownDevice") }),
  ];
  const left =
    notice.remainingViews > 0
      ? text.t("mail.viewed.remaining", { count: notice.remainingViews })
      : text.t("mail.viewed.deleted");
  const intro = text.t("mail.viewed.intro", { label });
  const lines = [intro, "", ...facts, "", left, "", footerText(text, origin)];
  const body = html`<p>${intro}</p>
    <ul>
      ${facts.map((fact) => html`<li>${fact}</li>`)}
    </ul>
    <p>${left}</p>
    ${footerHtml(text, origin)}`;
  return { to, subject: text.t("mail.viewed.subject", { label }), text: lines.join("\n"), html: body.toString() };
}

export function expiredMail(
  to: string,
  secretName: string | null,
  at: number,
  origin: string,
  locale: Locale,
): MailMessage {
  const text = mailText(locale);
  const label = nameLabel(text, secretName);
  const sentence = text.t("mail.expired.body", { label, at: text.date(at) });
  const body = html`<p>${sentence}</p>
    ${footerHtml(text, origin)}`;
  return {
    to,
    subject: text.t("mail.expired.subject", { label }),
    text: `${sentence}\n\n${footerText(text, origin)}`,
    html: body.toString(),
  };
}

export function verificationMail(to: string, link: string, origin: string, locale: Locale): MailMessage {
  const text = mailText(locale);
  const lines = [
    text.t("mail.verify.intro"),
    "",
    text.t("mail.verify.confirmText", { link }),
    "",
    text.t("mail.verify.until"),
    "",
    footerText(text, origin),
  ];
  const confirm = { href: link, text: "mail.verify.confirmLink" } as const;
  const body = html`<p>${text.t("mail.verify.intro")}</p>
    <p>${text.withLinks("mail.verify.confirmHtml", { confirm })}</p>
    <p>${text.t("mail.verify.until")}</p>
    <p>${footerText(text, origin)}</p>`;
  return { to, subject: text.t("mail.verify.subject"), text: lines.join("\n"), html: body.toString() };
}
