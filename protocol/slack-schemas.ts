// Finishing a secret request started in Slack (`/oncelink request <what>`, README "Slack"): the request's
// own create body (PROTOCOL 9.2) plus the one-time token from the requester's Slack message.
import type * as z from "zod";
import { createRequestSchema } from "./request-schemas";
import { base64url } from "./schemas";

export const finishSlackRequestSchema = createRequestSchema.extend({
  /** The 32-byte token from the finish link's fragment (`#slack=<token>`); it works once, for 30 minutes. */
  slackToken: base64url(32),
});
export type FinishSlackRequestInput = z.input<typeof finishSlackRequestSchema>;
export type FinishSlackRequestBody = z.output<typeof finishSlackRequestSchema>;
