// The mail that tells a requester a response to their secret request arrived (PROTOCOL 9). It names the
// request and who answered; never the response, which only the requester's private key opens.
import { html } from "hono/html";
import type { MailMessage } from "./mail-message";

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

export function respondedMail(to: string, notice: ResponseNotice, origin: string): MailMessage {
  const who = !notice.responderEmail
    ? "Unknown (not signed in)"
    : notice.responderVerified
      ? notice.responderEmail
      : `${notice.responderEmail} (address not verified)`;
  const where = [notice.city, notice.country].filter(Boolean).join(", ") || "unknown location";
  const when = new Date(notice.at).toUTCString();
  const inbox = `${origin}/requests`;
  const text = [
    `Someone answered your request "${notice.requestName}".`,
    "",
    `When: ${when}`,
    `By: ${who}`,
    `From: ${where}${notice.ip ? ` (${notice.ip})` : ""}`,
    `Device: ${notice.device ?? "unknown"}`,
    "",
    `Open it once, in the browser or with the CLI that holds the request's key: ${inbox}`,
    "",
    `Oncelink · ${origin}`,
  ].join("\n");
  const body = html`<p>Someone answered your request "${notice.requestName}".</p>
    <ul>
      <li>When: ${when}</li>
      <li>By: ${who}</li>
      <li>From: ${where}${notice.ip ? ` (${notice.ip})` : ""}</li>
      <li>Device: ${notice.device ?? "unknown"}</li>
    </ul>
    <p><a href="${inbox}">Open it once</a>, in the browser or with the CLI that holds the request's key.</p>
    <p>Oncelink · <a href="${origin}">${origin}</a></p>`;
  return { to, subject: `Your request "${notice.requestName}" was answered`, text, html: body.toString() };
}
