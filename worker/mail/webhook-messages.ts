// The mail an endpoint's owner gets when Oncelink stops sending to it (webhooks/disable-failing-webhook.ts).
// It names the endpoint by its host only: a URL's path or query may carry the receiver's own token.
import { html } from "hono/html";
import type { Locale } from "../../protocol/locales";
import type { MailMessage } from "./mail-message";
import { mailText } from "./mail-text";
import { footerText } from "./messages";

export function webhookDisabledMail(
  to: string,
  host: string,
  failed: number,
  origin: string,
  locale: Locale,
): MailMessage {
  const text = mailText(locale);
  const page = `${origin}/webhooks`;
  const intro = text.t("mail.webhook.intro", { host });
  const failures = text.t("mail.webhook.failed", { count: failed });
  const lines = [intro, "", failures, text.t("mail.webhook.fixText", { link: page }), "", footerText(text, origin)];
  const enable = { href: page, text: "mail.webhook.enableLink" } as const;
  const body = html`<p>${intro}</p>
    <p>${failures}</p>
    <p>${text.withLinks("mail.webhook.fixHtml", { enable })}</p>
    <p>${footerText(text, origin)}</p>`;
  return { to, subject: text.t("mail.webhook.subject", { host }), text: lines.join("\n"), html: body.toString() };
}
