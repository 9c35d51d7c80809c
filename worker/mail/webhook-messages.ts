// The mail an endpoint's owner gets when Oncelink stops sending to it (webhooks/disable-failing-webhook.ts).
// It names the endpoint by its host only: a URL's path or query may carry the receiver's own token.
import { html } from "hono/html";
import type { MailMessage } from "./mail-message";

export function webhookDisabledMail(to: string, host: string, failed: number, origin: string): MailMessage {
  const page = `${origin}/webhooks`;
  const text = [
    `Oncelink stopped sending events to your webhook endpoint at ${host}.`,
    "",
    `Its last ${failed} deliveries each failed every attempt for a day. Events are no longer queued for it.`,
    `Fix the receiver, then turn the endpoint on again (and send a test event) at ${page}`,
    "",
    `Oncelink · ${origin}`,
  ].join("\n");
  const body = html`<p>Oncelink stopped sending events to your webhook endpoint at ${host}.</p>
    <p>Its last ${failed} deliveries each failed every attempt for a day. Events are no longer queued for it.</p>
    <p>Fix the receiver, then <a href="${page}">turn the endpoint on again</a> and send a test event.</p>
    <p>Oncelink · ${origin}</p>`;
  return { to, subject: `Webhook endpoint ${host} was disabled`, text, html: body.toString() };
}
