// Finishing a request started in Slack: the requester's browser, signed in, sends the public key it just made
// with the one-time token from their Slack message. One D1 batch makes the request (owned by that account)
// only while the token is unused and unexpired, and marks the token used; then the request link, with its
// key check, is posted into the channel the command came from, through Slack's response_url.
import type { Context } from "hono";
import type { SlackRequestFinished } from "../../protocol/api";
import { publicKeyCheck } from "../../protocol/request-crypto";
import type { FinishSlackRequestBody } from "../../protocol/slack-schemas";
import { auditInsertWhere, sealAuditSoon } from "../audit/commit-with-audit";
import { currentUser } from "../auth/current-user";
import { finishedAs, finishSlackRequest, forgetResponseUrl } from "../db/slack-requests";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import { assertPoint, newRequestRow } from "../requests/create-request";
import { presentRequest, requestUrl } from "../requests/present-request";
import { requestPostedMessage } from "./slack-messages";
import { postToResponseUrl } from "./slack-web-api";
import { hashFinishToken } from "./slash-command";

export const slackTokenRefused = () =>
  new ApiError(
    404,
    "not_found",
    "This Slack request link was already used or has expired. Run /oncelink request again in Slack.",
  );

export async function finishRequestFromSlack(
  c: Context<AppEnv>,
  body: FinishSlackRequestBody,
): Promise<SlackRequestFinished> {
  await assertPoint(body.publicKey, "publicKey");
  const owner = currentUser(c);
  const row = newRequestRow(owner.id, body);
  const { db } = c.var;
  const [, claimed] = await db.batch([
    ...finishSlackRequest(db, await hashFinishToken(body.slackToken), row, c.var.origin),
    auditInsertWhere(c, finishedAs(row.id), {
      action: "request_create",
      resourceType: "secret_request",
      resourceId: row.id,
      resourceName: row.name,
      ownerId: owner.id,
      details: { expiresIn: row.expiresIn, maxResponses: row.maxResponses, note: row.note !== null, via: "slack" },
    }),
  ]);
  const [slack] = claimed;
  if (!slack) throw slackTokenRefused();
  sealAuditSoon(c);

  let postedToSlack = false;
  if (slack.responseUrl) {
    const link = `${requestUrl(c.var.origin, row.id)}#${await publicKeyCheck(row.publicKey)}`;
    const posted = await postToResponseUrl(slack.responseUrl, {
      response_type: "in_channel",
      ...requestPostedMessage(slack.userId, row.name, link),
    });
    postedToSlack = posted.ok;
    if (!posted.ok) console.warn(`slack: posting the request link failed (${posted.error})`);
    await forgetResponseUrl(db, row.id);
  }
  return { request: presentRequest(row, c.var.origin), postedToSlack };
}
