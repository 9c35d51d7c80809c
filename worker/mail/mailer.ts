// One interface for outgoing mail, two transports: Cloudflare's send_email binding (production) and a
// development outbox that keeps each message in local KV for /dev/outbox, so `npm start` shows what
// would have been sent. MAIL_TRANSPORT picks one.
import { configOf } from "../config";
import { storeInDevOutbox } from "./dev-outbox";
import { headerValue, withSafeHeaders } from "./header-values";
import type { MailMessage } from "./mail-message";

export type Mailer = (message: MailMessage) => Promise<void>;

export class MailError extends Error {}

export function mailerFor(env: Env): Mailer {
  const config = configOf(env);
  const from = headerValue(config.MAIL_FROM);
  if (config.MAIL_TRANSPORT === "outbox")
    return (message) => storeInDevOutbox(env.KV, { from, ...withSafeHeaders(message) });
  return async (message) => {
    try {
      await env.EMAIL.send({ from: parseAddress(from), ...withSafeHeaders(message) });
    } catch (error) {
      // Keep the provider's reason (E_SENDER_NOT_VERIFIED, E_DAILY_LIMIT_EXCEEDED, ...), never the message.
      throw new MailError(error instanceof Error ? error.message.slice(0, 200) : "send failed");
    }
  };
}

/** "Oncelink <noreply@example.com>" or a bare address. */
function parseAddress(value: string): { name: string; email: string } | string {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(value);
  return match?.[2] ? { name: match[1] ?? "", email: match[2] } : value.trim();
}
