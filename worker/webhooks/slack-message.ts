// A slack-format endpoint's body (docs/protocol.md 10.5): the delivery's stored payload, metadata only already,
// written when it is sent as one line of a Slack incoming-webhook message, in the endpoint owner's language:
// `Secret "Staging DB" was viewed — Berlin, DE · Chrome on macOS · 2026-12-03 18:02 UTC`. Everything taken from
// the payload is shown as text (&, < and > escaped), so a secret named `<!channel>` pings no one and a name
// cannot make a link; no link to Oncelink either, so a channel's history holds nothing that opens anything.
import * as z from "zod";
import type { WebhookEventType } from "../../protocol/enums";
import type { Locale } from "../../protocol/locales";
import { mailText } from "../mail/mail-text";
import { slackText } from "../slack/slack-messages";
import type { SlackMessage } from "../slack/slack-web-api";

/** The payload's fields a line uses (migrations/0010_webhooks.sql writes them; absent ones were null). */
const payloadSchema = z.object({
  timestamp: z.string().optional(),
  data: z
    .object({
      resourceName: z.string().optional(),
      city: z.string().optional(),
      country: z.string().optional(),
      device: z.string().optional(),
    })
    .optional(),
});

function parsedPayload(payload: string): z.output<typeof payloadSchema> {
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(payload));
    return parsed.success ? parsed.data : {};
  } catch {
    return {}; // a payload that is not JSON still gets its event's line, without details
  }
}

/** `2026-12-03 18:02 UTC`: the same in every language, and unambiguous to a channel in many time zones. */
function utcMinute(iso: string | undefined): string | null {
  const match = iso ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(iso) : null;
  return match ? `${match[1]} ${match[2]} UTC` : null;
}

/** The Slack message for one delivery: its event's line, then place, device and time as far as known. */
export function slackMessage(eventType: WebhookEventType, payload: string, locale: Locale): SlackMessage {
  // The words of messages the Worker sends, with the mails' (locales/*/mail.ts, mail.slack.*).
  const { t } = mailText(locale);
  const { timestamp, data = {} } = parsedPayload(payload);
  const name = data.resourceName
    ? t("mail.slack.named", { name: slackText(data.resourceName) })
    : t("mail.slack.unnamed");
  const place = [data.city, data.country].filter(Boolean).join(", ");
  const details = [place, data.device, utcMinute(timestamp)].filter((part): part is string => Boolean(part));
  const headline = t(`mail.slack.${eventType}`, { name });
  const text = details.length > 0 ? `${headline} — ${slackText(details.join(" · "))}` : headline;
  return { text, unfurl_links: false, unfurl_media: false };
}
