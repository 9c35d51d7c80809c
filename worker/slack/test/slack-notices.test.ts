// The help modal reaches Slack's views.open with the command's trigger_id and the bot token; a response to a
// request made from Slack reaches its requester as a bot message that holds nothing of the response, and a
// notice Slack refused goes out at the next cron.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { SlackRequestFinished } from "../../../protocol/api";
import { newRequestKeyPair } from "../../../protocol/request-crypto";
import { upkeepSlackRequests } from "../../cron/slack-requests-upkeep";
import { respond } from "../../requests/test/request-client";
import { eventually, postJson, signUp } from "../../test/client";
import { BOT_TOKEN, receivedBySlack, sendSlashCommand, slackVars, slashFields } from "./slack-client";
import type { ReceivedCall } from "./slack-receiver-setup";

async function callsTo(path: string, accept: (call: ReceivedCall) => boolean): Promise<ReceivedCall[]> {
  const matching = async () => (await receivedBySlack()).filter((call) => call.path === path && accept(call));
  return eventually(matching, (calls) => calls.length > 0);
}

/** A request made from Slack by `userId` and finished by a fresh account, with the deployment's vars. */
async function requestFromSlack(userId: string, vars: Partial<Env>) {
  const res = await sendSlashCommand(slashFields("request Vault unseal key", { user_id: userId }), { vars });
  const token = /#slack=([A-Za-z0-9_-]{43})/.exec((await res.json<{ text: string }>()).text)?.[1];
  const keys = await newRequestKeyPair();
  const requester = await signUp();
  const done = await postJson(
    "/api/slack/requests/finish",
    { slackToken: token, name: "Vault unseal key", publicKey: keys.publicKey, maxResponses: 3 },
    { ...requester, vars },
  );
  expect(done.status).toBe(201);
  return { ...(await done.json<SlackRequestFinished>()), keys };
}

describe("the help modal", () => {
  it.each(["", "help", "  HELP  "])("opens with views.open for %j, with the trigger_id", async (text) => {
    const fields = slashFields(text);
    const res = await sendSlashCommand(fields);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("");
    const [call] = await callsTo("/api/views.open", (c) => c.body.includes(fields.trigger_id ?? "?"));
    expect(call?.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const body = JSON.parse(call?.body ?? "{}");
    expect(body.trigger_id).toBe(fields.trigger_id);
    expect(body.view.type).toBe("modal");
    const shown = JSON.stringify(body.view);
    expect(shown).toContain("passes through Slack's servers");
    expect(shown).toContain("/oncelink request");
    expect(shown).toContain("https://oncelink.test/requests/new");
  });

  it("falls back to the same help as an ephemeral message when Slack refuses the modal or there is no bot token", async () => {
    for (const vars of [slackVars({ failing: true }), { ...slackVars(), SLACK_BOT_TOKEN: "" }]) {
      const res = await sendSlashCommand(slashFields("help"), { vars });
      const answer = await res.json<{ response_type: string; text: string; unfurl_links: boolean }>();
      expect(answer).toMatchObject({ response_type: "ephemeral", unfurl_links: false });
      expect(answer.text).toContain("passes through Slack's servers");
    }
  });
});

describe("response notices in Slack", () => {
  it("tells the requester, by the bot, that a response arrived, with nothing of the response", async () => {
    const userId = "U0NOTIFY1";
    const made = await requestFromSlack(userId, slackVars());
    const secretText = "s3cr3t-unseal-7f1c";
    const res = await respond(made.request.id, made.keys.publicKey, secretText, { vars: slackVars() });
    expect(res.status).toBe(201);
    const [notice] = await callsTo("/api/chat.postMessage", (c) => c.body.includes(userId));
    expect(notice?.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    const body = JSON.parse(notice?.body ?? "{}");
    expect(body).toMatchObject({ channel: userId, unfurl_links: false, unfurl_media: false });
    expect(body.text).toContain("Vault unseal key");
    expect(body.text).toContain("1 of 3");
    expect(body.text).toContain("https://oncelink.test/requests");
    // Neither the text, nor its ciphertext, nor the response's key material.
    const stored = await env.DB.prepare("SELECT ephemeral_key, secret_id FROM request_responses WHERE request_id = ?")
      .bind(made.request.id)
      .first<{ ephemeral_key: string; secret_id: string }>();
    expect(notice?.body).not.toContain(secretText);
    expect(notice?.body).not.toContain(stored?.ephemeral_key ?? "?");
    expect(notice?.body).not.toContain(stored?.secret_id ?? "?");
    expect(notice?.body).not.toContain(made.keys.publicKey);
  });

  it("sends a notice Slack refused at the next cron, once", async () => {
    const userId = "U0RETRY1";
    const made = await requestFromSlack(userId, slackVars({ failing: true }));
    const res = await respond(made.request.id, made.keys.publicKey, "first", { vars: slackVars({ failing: true }) });
    expect(res.status).toBe(201);
    await callsTo("/failing/api/chat.postMessage", (c) => c.body.includes(userId));
    // The refusal left the notice due; Slack takes it now.
    await eventually(
      async () =>
        (await env.DB.prepare("SELECT notify_lease_until FROM slack_requests WHERE user_id = ?").bind(userId).first())
          ?.notify_lease_until,
      (lease) => lease === null,
    );
    await upkeepSlackRequests({ ...env, ...slackVars() });
    const delivered = await callsTo("/api/chat.postMessage", (c) => c.body.includes(userId));
    expect(delivered).toHaveLength(1);
    await upkeepSlackRequests({ ...env, ...slackVars() });
    const after = (await receivedBySlack()).filter(
      (c) => c.path === "/api/chat.postMessage" && c.body.includes(userId),
    );
    expect(after).toHaveLength(1);
  });
});
