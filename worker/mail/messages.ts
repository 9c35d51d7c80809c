// The mails Oncelink sends: a share link to its recipient, "viewed" / "expired unviewed" notices to the
// creator, and the link that verifies an account's address. Short, plain text plus simple HTML, with the
// product's name and the deployment.
import { html } from "hono/html";
import type { User } from "../../protocol/api";
import type { MailMessage } from "./mail-message";

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

const label = (name: string | null) => (name ? `"${name}"` : "without a name");
const utc = (at: number) => new Date(at).toUTCString();

/** Anyone can sign up with any address: until its owner proves it, a mail must not claim to come from it. */
export const UNVERIFIED_SENDER = "An Oncelink user (unverified address)";

/** Who a mail says sent it. The address passed the API's email schema, so it holds no CR or LF. */
function senderName(sender: Pick<User, "email" | "emailVerified">): string {
  return sender.emailVerified ? sender.email : UNVERIFIED_SENDER;
}

export function linkMail(
  to: string,
  link: string,
  from: Pick<User, "email" | "emailVerified">,
  origin: string,
  expiresAt: Date,
): MailMessage {
  const sender = senderName(from);
  const text = [
    `${sender} shared a secret with you through Oncelink.`,
    "",
    `Open it here (it can be viewed once, then it is deleted): ${link}`,
    "",
    `The link expires ${utc(expiresAt.getTime())}. If you did not expect this, ignore it.`,
    "",
    `Oncelink · ${origin}`,
  ].join("\n");
  const body = html`<p>${sender} shared a secret with you through Oncelink.</p>
    <p><a href="${link}">Open the secret</a>. It can be viewed once, then it is deleted.</p>
    <p>The link expires ${utc(expiresAt.getTime())}. If you did not expect this, ignore it.</p>
    <p>Oncelink · ${origin}</p>`;
  return { to, subject: `${sender} shared a secret with you`, text, html: body.toString() };
}

/** An admin's invitation: the link opens a one-time secret that holds the invitee's setup link. */
export function inviteMail(
  to: string,
  link: string,
  from: Pick<User, "email" | "emailVerified">,
  origin: string,
  expiresAt: Date,
): MailMessage {
  const sender = senderName(from);
  const text = [
    `${sender} invited you to Oncelink, where your team shares passwords and other secrets.`,
    "",
    `Open this link to set your password (it opens once, then it is deleted): ${link}`,
    "",
    `The invite expires ${utc(expiresAt.getTime())}. If you did not expect this, ignore it.`,
    "",
    `Oncelink · ${origin}`,
  ].join("\n");
  const body = html`<p>${sender} invited you to Oncelink, where your team shares passwords and other secrets.</p>
    <p><a href="${link}">Open your invite</a> to set your password. It opens once, then it is deleted.</p>
    <p>The invite expires ${utc(expiresAt.getTime())}. If you did not expect this, ignore it.</p>
    <p>Oncelink · ${origin}</p>`;
  return { to, subject: `${sender} invited you to Oncelink`, text, html: body.toString() };
}

export function viewedMail(to: string, notice: ViewNotice, origin: string): MailMessage {
  // The creator must not take a claimed address for the person they meant.
  const who = !notice.viewerEmail
    ? "Unknown (not signed in)"
    : notice.viewerVerified
      ? notice.viewerEmail
      : `${notice.viewerEmail} (address not verified)`;
  const where = [notice.city, notice.country].filter(Boolean).join(", ") || "unknown location";
  const left = notice.remainingViews > 0 ? `${notice.remainingViews} views remain.` : "It is now deleted.";
  const lines = [
    `Your secret ${label(notice.secretName)} was viewed.`,
    "",
    `When: ${utc(notice.at)}`,
    `By: ${who}`,
    `From: ${where}`,
    `Device: ${notice.device ?? "unknown"}`,
    "",
    left,
    "",
    `Oncelink · ${origin}`,
  ];
  const body = html`<p>Your secret ${label(notice.secretName)} was viewed.</p>
    <ul>
      <li>When: ${utc(notice.at)}</li>
      <li>By: ${who}</li>
      <li>From: ${where}</li>
      <li>Device: ${notice.device ?? "unknown"}</li>
    </ul>
    <p>${left}</p>
    <p>Oncelink · <a href="${origin}">${origin}</a></p>`;
  return {
    to,
    subject: `Your secret ${label(notice.secretName)} was viewed`,
    text: lines.join("\n"),
    html: body.toString(),
  };
}

export function expiredMail(to: string, secretName: string | null, at: number, origin: string): MailMessage {
  const text = `Your secret ${label(secretName)} expired unviewed at ${utc(at)} and was deleted.\n\nOncelink · ${origin}`;
  const body = html`<p>Your secret ${label(secretName)} expired unviewed at ${utc(at)} and was deleted.</p>
    <p>Oncelink · <a href="${origin}">${origin}</a></p>`;
  return { to, subject: `Your secret ${label(secretName)} expired unviewed`, text, html: body.toString() };
}

export function verificationMail(to: string, link: string, origin: string): MailMessage {
  const text = [
    "Someone, hopefully you, made an Oncelink account with this email address.",
    "",
    `Confirm that the address is yours (the link works once, for 24 hours): ${link}`,
    "",
    "Until then the account cannot open secrets shared with this address. If it was not you, ignore this mail.",
    "",
    `Oncelink · ${origin}`,
  ].join("\n");
  const body = html`<p>Someone, hopefully you, made an Oncelink account with this email address.</p>
    <p><a href="${link}">Confirm that the address is yours</a>. The link works once, for 24 hours.</p>
    <p>Until then the account cannot open secrets shared with this address. If it was not you, ignore this mail.</p>
    <p>Oncelink · ${origin}</p>`;
  return { to, subject: "Confirm your email address for Oncelink", text, html: body.toString() };
}
