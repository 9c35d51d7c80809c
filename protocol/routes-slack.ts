// The route table (protocol/routes.ts), part 9: the Slack app's one API route. The slash command itself,
// POST /integrations/slack/commands, is Slack's form-encoded call, not part of this JSON API (README, Slack).
import { REQUEST_BODY_LIMIT } from "./limits";
import { slackRequestFinishedSchema } from "./response-schemas";
import type { ApiRoute } from "./route-types";
import { finishSlackRequestSchema } from "./slack-schemas";

export const SLACK_ROUTES: readonly ApiRoute[] = [
  {
    method: "POST",
    path: "/api/slack/requests/finish",
    summary: "Finish a secret request started in Slack with your own key",
    auth: "user",
    body: finishSlackRequestSchema,
    bodyLimit: REQUEST_BODY_LIMIT,
    success: 201,
    response: slackRequestFinishedSchema,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 email_unverified",
      "404 not_found",
      "413 too_large",
      "429 rate_limited",
    ],
  },
];
