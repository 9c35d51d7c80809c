// Calls to Slack: its Web API with the bot token (views.open, chat.postMessage) and a slash command's
// response_url. Answers are bounded (10 s, 64 KB read at most) so a slow Slack cannot hold a request open.
import type { Config } from "../config";

const TIMEOUT_MS = 10_000;
const MAX_ANSWER_BYTES = 64 * 1024;

export type SlackOutcome = { ok: true } | { ok: false; error: string };

export interface SlackMessage {
  text: string;
  blocks?: unknown[];
  unfurl_links: false;
  unfurl_media: false;
}

async function readBounded(response: Response): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return "";
  const chunks: Uint8Array[] = [];
  let size = 0;
  while (size < MAX_ANSWER_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => undefined);
  return (await new Blob(chunks).text()).slice(0, MAX_ANSWER_BYTES);
}

/** A Web API method with the bot token; Slack answers 200 with {ok: false, error} when it refuses. */
export async function callSlackApi(
  config: Config,
  botToken: string,
  method: "views.open" | "chat.postMessage",
  body: Record<string, unknown>,
  timeoutMs = TIMEOUT_MS,
): Promise<SlackOutcome> {
  try {
    const response = await fetch(`${config.SLACK_API_BASE}/${method}`, {
      method: "POST",
      headers: { Authorization: `Bearer ${botToken}`, "Content-Type": "application/json; charset=utf-8" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await readBounded(response);
    if (!response.ok) return { ok: false, error: `http_${response.status}` };
    const answer = JSON.parse(text) as { ok?: unknown; error?: unknown };
    return answer.ok === true ? { ok: true } : { ok: false, error: String(answer.error ?? "not_ok") };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.name : "fetch_failed" };
  }
}

/**
 * Only Slack's own hooks host (or, for a local stand-in, SLACK_API_BASE's origin) is followed: the URL comes in
 * a signed request, but a leaked signing secret should not make the Worker post wherever it is told.
 */
export function isSlackResponseUrl(config: Config, url: string): boolean {
  if (!URL.canParse(url)) return false;
  const parsed = new URL(url);
  if (parsed.protocol === "https:" && parsed.hostname === "hooks.slack.com") return true;
  return parsed.origin === new URL(config.SLACK_API_BASE).origin;
}

/** Posts into the channel a slash command came from, through its response_url (30 minutes, no bot needed). */
export async function postToResponseUrl(
  responseUrl: string,
  message: SlackMessage & { response_type: "in_channel" | "ephemeral" },
): Promise<SlackOutcome> {
  try {
    const response = await fetch(responseUrl, {
      method: "POST",
      headers: { "Content-Type": "application/json; charset=utf-8" },
      body: JSON.stringify({ ...message, replace_original: false }),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await readBounded(response);
    return response.ok ? { ok: true } : { ok: false, error: `http_${response.status}` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.name : "fetch_failed" };
  }
}
