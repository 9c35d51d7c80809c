// A slack-format endpoint's body (docs/protocol.md 10.5): the delivery's stored payload, metadata only already,
// written when it is sent as one line of a Slack incoming-webhook message, in the endpoint owner's language:
// `Secret "Staging DB" was viewed — Berlin, DE · Chrome on macOS · 2026-12-03 18:02 UTC`. Everything taken from
// the payload is shown as text (&, < and > escaped), so a secret named `<!channel>` pings no one and a name
// cannot make a link; no link to Oncelink either, so a channel's history holds nothing that opens anything.
import * as z from "zod";
import ar from "../../locales/ar/integrations";
import de from "../../locales/de/integrations";
import en from "../../locales/en/integrations";
import es from "../../locales/es/integrations";
import fr from "../../locales/fr/integrations";
import it from "../../locales/it/integrations";
import ja from "../../locales/ja/integrations";
import ko from "../../locales/ko/integrations";
import nl from "../../locales/nl/integrations";
import pl from "../../locales/pl/integrations";
import ptBR from "../../locales/pt-BR/integrations";
import zhCN from "../../locales/zh-CN/integrations";
import type { WebhookEventType } from "../../protocol/enums";
import type { Locale } from "../../protocol/locales";
import { formatMessage } from "../../protocol/message-format";
import { slackText } from "../slack/slack-messages";
import type { SlackMessage } from "../slack/slack-web-api";

type SlackKey = "integrations.slack.named" | "integrations.slack.unnamed" | `integrations.slack.${WebhookEventType}`;
/** Typed against English, so an event type without its line fails to compile. */
const ENGLISH: Readonly<Record<SlackKey, string>> = en;
const CATALOGS: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  en,
  de,
  fr,
  es,
  "pt-BR": ptBR,
  it,
  nl,
  pl,
  ja,
  "zh-CN": zhCN,
  ko,
  ar,
};

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
  const catalog = CATALOGS[locale];
  const t = (key: SlackKey, name?: string) =>
    formatMessage(catalog[key] ?? ENGLISH[key], locale, name === undefined ? {} : { name });
  const { timestamp, data = {} } = parsedPayload(payload);
  const name = data.resourceName
    ? t("integrations.slack.named", slackText(data.resourceName))
    : t("integrations.slack.unnamed");
  const place = [data.city, data.country].filter(Boolean).join(", ");
  const details = [place, data.device, utcMinute(timestamp)].filter((part): part is string => Boolean(part));
  const headline = t(`integrations.slack.${eventType}`, name);
  const text = details.length > 0 ? `${headline} — ${slackText(details.join(" · "))}` : headline;
  return { text, unfurl_links: false, unfurl_media: false };
}
