// POST /api/slack/requests/finish: the requester's browser finishes a request started with
// `/oncelink request <what>` in Slack (worker/slack/finish-slack-request.ts).
import { Hono } from "hono";
import type { SlackRequestFinished } from "../../protocol/api";
import { REQUEST_BODY_LIMIT } from "../../protocol/limits";
import { finishSlackRequestSchema } from "../../protocol/slack-schemas";
import { currentUser, requireUser } from "../auth/current-user";
import type { AppEnv } from "../env";
import { enforceRateLimit } from "../http/rate-limit";
import { limitBody, valid } from "../http/validate-request";
import { finishRequestFromSlack } from "../slack/finish-slack-request";

export const slackRequestRoutes = new Hono<AppEnv>().post(
  "/slack/requests/finish",
  requireUser,
  limitBody(REQUEST_BODY_LIMIT),
  valid("json", finishSlackRequestSchema),
  async (c) => {
    const key = `account:${currentUser(c).id}`;
    await enforceRateLimit(c.env.CREATE_LIMITER, key, "Too many requests created in a minute. Try again shortly.");
    return c.json((await finishRequestFromSlack(c, c.req.valid("json"))) satisfies SlackRequestFinished, 201);
  },
);
