// Test helpers for the Slack app: slash commands signed as Slack signs them, a deployment configured for
// Slack with its Web API pointed at the local receiver (slack-receiver-setup.ts), and what that receiver got.
import { inject } from "vitest";
import { api, type Call } from "../../test/client";
import { slackSignature } from "../slack-signature";
import type { ReceivedCall } from "./slack-receiver-setup";

export const SIGNING_SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
export const BOT_TOKEN = "xoxb-test-bot-token";
export const receiver = () => inject("slackReceiver");

/** A deployment with the Slack app on, talking to the local receiver (or its refusing half, /failing). */
export function slackVars(options: { failing?: boolean } = {}): Partial<Env> {
  return {
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_API_BASE: `${receiver()}${options.failing ? "/failing" : ""}/api`,
  };
}

let commands = 0;
export function slashFields(text: string, extra: Record<string, string> = {}): Record<string, string> {
  commands += 1;
  return {
    token: "deprecated-verification-token",
    team_id: "T0TEAM",
    team_domain: "acme",
    channel_id: "C0CHANNEL",
    channel_name: "ops",
    user_id: `U0USER${commands}`,
    user_name: "alice",
    command: "/oncelink",
    text,
    api_app_id: "A0APP",
    response_url: `${receiver()}/hooks/commands/T0TEAM/${commands}/${crypto.randomUUID()}`,
    trigger_id: `trigger.${commands}.${crypto.randomUUID()}`,
    ...extra,
  };
}

export interface SignOptions {
  secret?: string;
  /** Unix seconds; default now. */
  timestamp?: number;
  /** Sign this body but send another (a tampered body). */
  sendBody?: string;
  headers?: Record<string, string | null>;
  vars?: Partial<Env>;
}

/** POSTs a slash command to /integrations/slack/commands, signed as Slack does unless told otherwise. */
export async function sendSlashCommand(fields: Record<string, string>, options: SignOptions = {}): Promise<Response> {
  const body = new URLSearchParams(fields).toString();
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const headers: Record<string, string> = {
    "Content-Type": "application/x-www-form-urlencoded",
    "X-Slack-Request-Timestamp": timestamp,
    "X-Slack-Signature": await slackSignature(options.secret ?? SIGNING_SECRET, timestamp, body),
  };
  for (const [name, value] of Object.entries(options.headers ?? {})) {
    if (value === null) delete headers[name];
    else headers[name] = value;
  }
  const init: Call = { method: "POST", body: options.sendBody ?? body, headers, vars: options.vars ?? slackVars() };
  return api("/integrations/slack/commands", init);
}

/** Everything the local Slack stand-in has received so far, in order. */
export async function receivedBySlack(): Promise<ReceivedCall[]> {
  return (await fetch(`${receiver()}/received`)).json<ReceivedCall[]>();
}
