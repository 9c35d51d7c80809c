// The development outbox: messages kept for a day in local KV and listed at /dev/outbox. Only used
// when MAIL_TRANSPORT = "outbox", and the page answers only on localhost.
import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { MailMessage } from "./mail-message";

const PREFIX = "dev-outbox:";

export async function storeInDevOutbox(kv: KVNamespace, message: MailMessage & { from: string }): Promise<void> {
  // Newest first in KV's lexicographic listing.
  const key = `${PREFIX}${String(Number.MAX_SAFE_INTEGER - Date.now()).padStart(16, "0")}:${crypto.randomUUID()}`;
  await kv.put(key, JSON.stringify({ ...message, at: new Date().toISOString() }), { expirationTtl: 86_400 });
}

export async function readDevOutbox(kv: KVNamespace) {
  const { keys } = await kv.list({ prefix: PREFIX, limit: 50 });
  const values = await Promise.all(
    keys.map((key) => kv.get<MailMessage & { from: string; at: string }>(key.name, "json")),
  );
  return values.filter((value) => value !== null);
}

export function renderDevOutbox(
  messages: Awaited<ReturnType<typeof readDevOutbox>>,
): HtmlEscapedString | Promise<HtmlEscapedString> {
  return html`<!doctype html>
    <html lang="en">
      <head><meta charset="utf-8" /><title>Oncelink dev outbox</title></head>
      <body>
        <h1>Dev outbox</h1>
        <p>Mail that Oncelink would have sent (MAIL_TRANSPORT = "outbox"). Kept for a day in local KV.</p>
        ${messages.length === 0 ? html`<p>No mail yet.</p>` : ""}
        ${messages.map(
          (m) => html`<article>
            <h2>${m.subject}</h2>
            <p>To ${m.to} · from ${m.from} · ${m.at}</p>
            <pre>${m.text}</pre>
          </article>`,
        )}
      </body>
    </html>`;
}
