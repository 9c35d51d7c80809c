// POST /integrations/slack/commands: Slack's slash command endpoint (the request URL of the app manifest,
// integrations/slack/manifest.yaml). Off (404 slack_not_configured) until SLACK_SIGNING_SECRET is set; a
// request Slack did not sign, or signed more than five minutes ago, is 401 invalid_signature.
import { Hono } from "hono";
import { openD1Session } from "../db/d1-session";
import type { AppEnv } from "../env";
import { ApiError, invalidInput } from "../http/errors";
import { limitBody } from "../http/validate-request";
import { isSignedBySlack } from "./slack-signature";
import { runSlashCommand, type SlashCommand } from "./slash-command";

/** Slack's slash command payloads are a few hundred bytes; 16 KiB leaves room for a long text. */
export const SLACK_COMMAND_BODY_LIMIT = 16 * 1024;

const SLACK_ID = /^[A-Z0-9]{1,32}$/;

function commandOf(form: URLSearchParams): SlashCommand {
  const teamId = form.get("team_id") ?? "";
  const userId = form.get("user_id") ?? "";
  if (!SLACK_ID.test(teamId)) throw invalidInput("team_id: is not a Slack team id");
  if (!SLACK_ID.test(userId)) throw invalidInput("user_id: is not a Slack user id");
  const channelId = form.get("channel_id");
  return {
    teamId,
    userId,
    channelId: channelId && SLACK_ID.test(channelId) ? channelId : null,
    text: form.get("text") ?? "",
    triggerId: form.get("trigger_id") || null,
    responseUrl: form.get("response_url") || null,
  };
}

export const slackRoutes = new Hono<AppEnv>().post(
  "/commands",
  async (c, next) => {
    if (!c.env.SLACK_SIGNING_SECRET) {
      throw new ApiError(
        404,
        "slack_not_configured",
        "The Slack app is not set up on this deployment (SLACK_SIGNING_SECRET is not set).",
      );
    }
    return next();
  },
  limitBody(SLACK_COMMAND_BODY_LIMIT),
  openD1Session,
  async (c) => {
    // Bytes, not .text(): the signature is over the body exactly as sent (workerd warns on .text() of a form).
    const rawBody = new TextDecoder().decode(await c.req.arrayBuffer());
    const signed = await isSignedBySlack(c.env.SLACK_SIGNING_SECRET ?? "", {
      timestamp: c.req.header("X-Slack-Request-Timestamp"),
      signature: c.req.header("X-Slack-Signature"),
      rawBody,
    });
    if (!signed) {
      throw new ApiError(
        401,
        "invalid_signature",
        "This request is not signed by Slack, or its timestamp is more than 5 minutes off.",
      );
    }
    const type = c.req.header("Content-Type") ?? "";
    if (!type.startsWith("application/x-www-form-urlencoded")) {
      throw invalidInput("Content-Type: must be application/x-www-form-urlencoded");
    }
    const answer = await runSlashCommand(c, commandOf(new URLSearchParams(rawBody)));
    return answer ? c.json(answer) : c.body(null, 200);
  },
);
