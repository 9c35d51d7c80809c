// What the Slack app says. Nothing here ever holds secret content: request names are the requester's own
// label, links carry no key (the request link's fragment is a hash of the public key, PROTOCOL 9).
import type { SecretRequestRow } from "../db/schema";
import type { SlackMessage } from "./slack-web-api";

/** Slack's mrkdwn treats &, < and > as markup; a name typed by a user is shown as text. */
export function slackText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function message(text: string): SlackMessage {
  return { text, unfurl_links: false, unfurl_media: false };
}

const WHY =
  "Anything typed into Slack, a slash command included, passes through Slack's servers and stays in its history.";

export function helpText(origin: string): string {
  return [
    `*Do not paste secrets into Slack.* ${WHY}`,
    "*Ask for one instead:* `/oncelink request <what you need>` makes a request link. Whoever has the secret opens it and types the answer into Oncelink, where it is encrypted in their browser to a key only your browser holds, so the answer never passes through Slack.",
    `Or use the web forms: <${origin}/requests/new|ask for a secret> or <${origin}/|share one>.`,
  ].join("\n\n");
}

export const helpMessage = (origin: string) => message(helpText(origin));

/** The modal `/oncelink` alone (or `help`) opens (Block Kit, views.open). */
export function helpModal(origin: string) {
  const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });
  const [warning, ask] = helpText(origin).split("\n\n");
  return {
    type: "modal",
    title: { type: "plain_text", text: "Oncelink" },
    close: { type: "plain_text", text: "Close" },
    blocks: [
      section(warning ?? ""),
      section(ask ?? ""),
      {
        type: "actions",
        elements: [
          {
            type: "button",
            action_id: "open_request_form",
            text: { type: "plain_text", text: "Ask for a secret" },
            url: `${origin}/requests/new`,
            style: "primary",
          },
          {
            type: "button",
            action_id: "open_secret_form",
            text: { type: "plain_text", text: "Share a secret" },
            url: `${origin}/`,
          },
        ],
      },
    ],
  };
}

export function finishRequestMessage(name: string, finishLink: string, minutes: number): SlackMessage {
  return message(
    `To ask for *${slackText(name)}*, <${finishLink}|finish the request in your browser> (within ${minutes} minutes, signed in to Oncelink). Your browser makes the key that will open the answer; the request link is then posted in this channel. This link is yours alone: it works once.`,
  );
}

export function requestPostedMessage(userId: string, name: string, requestLink: string): SlackMessage {
  return message(
    `<@${userId}> asks for *${slackText(name)}*. If you have it, <${requestLink}|answer with Oncelink>: what you type there is encrypted in your browser to a key only they hold, so it never passes through Slack. Please do not reply with it here.`,
  );
}

export function responseNoticeMessage(request: SecretRequestRow, told: number, origin: string): SlackMessage {
  const count = request.responseCount - told === 1 ? "A response" : `${request.responseCount - told} responses`;
  return message(
    `${count} to your request *${slackText(request.name)}* arrived (${request.responseCount} of ${request.maxResponses}). <${origin}/requests|Open it in Oncelink>, in the browser that made the request.`,
  );
}

export const usageMessage = (problem: string) =>
  message(`${problem} Try \`/oncelink request <what you need>\`, or \`/oncelink help\`.`);
