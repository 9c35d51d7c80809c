// `/oncelink …` from Slack, once its signature holds. `request <what>` leaves a pending request and answers
// the requester alone with a one-time link to finish it in their browser, which makes the key pair there:
// the server never holds the private key (PROTOCOL 9), so it cannot finish a request by itself. Anything
// else opens (or, without a bot token, says) the help, which warns that text typed into Slack passes
// through Slack's servers.
import type { Context } from "hono";
import { encodeBase64Url, randomBytes } from "../../protocol/base64url";
import { MAX_NAME_LENGTH } from "../../protocol/limits";
import { labelSchema } from "../../protocol/schemas";
import { insertPendingSlackRequest } from "../db/slack-requests";
import type { AppEnv } from "../env";
import { enforceRateLimit } from "../http/rate-limit";
import { finishRequestMessage, helpMessage, helpModal, usageMessage } from "./slack-messages";
import { callSlackApi, isSlackResponseUrl, type SlackMessage } from "./slack-web-api";

/** As long as Slack keeps a slash command's response_url working, through which the request link is posted. */
export const FINISH_MINUTES = 30;
/** Past this the trigger_id has expired anyway, and the command still answers (with the help text) in time. */
const MODAL_TIMEOUT_MS = 2_500;

export interface SlashCommand {
  teamId: string;
  userId: string;
  channelId: string | null;
  text: string;
  triggerId: string | null;
  responseUrl: string | null;
}

/** What Slack shows: an ephemeral message (only the one who typed the command sees it), or nothing. */
export type SlashAnswer = (SlackMessage & { response_type: "ephemeral" }) | null;

const ephemeral = (message: SlackMessage): SlashAnswer => ({ response_type: "ephemeral", ...message });
const nameSchema = labelSchema(MAX_NAME_LENGTH);

export async function runSlashCommand(c: Context<AppEnv>, command: SlashCommand): Promise<SlashAnswer> {
  const [verb = "", ...rest] = command.text.trim().split(/\s+/);
  if (verb === "" || verb.toLowerCase() === "help") return openHelp(c, command);
  if (verb.toLowerCase() !== "request") {
    return ephemeral(usageMessage(`\`${verb.slice(0, 40).replace(/`/g, "")}\` is not an Oncelink command.`));
  }
  const what = nameSchema.safeParse(rest.join(" "));
  if (!what.success || what.data === "") {
    return ephemeral(
      usageMessage(
        what.success
          ? "Say what you need."
          : `What you need must be a single line of at most ${MAX_NAME_LENGTH} characters.`,
      ),
    );
  }
  return startRequest(c, command, what.data);
}

async function openHelp(c: Context<AppEnv>, command: SlashCommand): Promise<SlashAnswer> {
  const token = c.env.SLACK_BOT_TOKEN;
  if (token && command.triggerId) {
    // The trigger_id is good for 3 seconds, as is Slack's patience: opened before the command is answered.
    const opened = await callSlackApi(
      c.var.config,
      token,
      "views.open",
      { trigger_id: command.triggerId, view: helpModal(c.var.origin) },
      MODAL_TIMEOUT_MS,
    );
    if (opened.ok) return null;
    console.warn(`slack: views.open refused (${opened.error}); answering with the help text`);
  }
  return ephemeral(helpMessage(c.var.origin));
}

async function startRequest(c: Context<AppEnv>, command: SlashCommand, name: string): Promise<SlashAnswer> {
  await enforceRateLimit(
    c.env.CREATE_LIMITER,
    `slack:${command.teamId}:${command.userId}`,
    "Too many requests created in a minute. Try again shortly.",
  );
  const token = encodeBase64Url(randomBytes(32));
  const now = new Date();
  const responseUrl =
    command.responseUrl && isSlackResponseUrl(c.var.config, command.responseUrl) ? command.responseUrl : null;
  await insertPendingSlackRequest(c.var.db, {
    tokenHash: await hashFinishToken(token),
    teamId: command.teamId,
    userId: command.userId,
    channelId: command.channelId,
    name,
    responseUrl,
    createdAt: now,
    expiresAt: new Date(now.getTime() + FINISH_MINUTES * 60_000),
  });
  // The token rides in the fragment, so it reaches no server log; the name prefills the form.
  const link = `${c.var.origin}/requests/new?name=${encodeURIComponent(name)}#slack=${token}`;
  return ephemeral(finishRequestMessage(name, link, FINISH_MINUTES));
}

/** D1 keeps only the SHA-256 of a finish token. */
export async function hashFinishToken(token: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(token));
  return encodeBase64Url(new Uint8Array(digest));
}
