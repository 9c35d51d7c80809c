// `/oncelink request <what>` end to end: a pending request and a one-time finish link for the requester
// alone; the browser finishes it with its own key, the link (with its key check) is posted in the channel
// through response_url; a response then reaches the requester in Slack as a notice that holds no secret.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import type { RequestPeek, SlackRequestFinished } from "../../../protocol/api";
import { newRequestKeyPair, publicKeyCheck } from "../../../protocol/request-crypto";
import { upkeepSlackRequests } from "../../cron/slack-requests-upkeep";
import { openResponse, respond } from "../../requests/test/request-client";
import { api, type Caller, errorOf, postJson, signUp } from "../../test/client";
import { receivedBySlack, sendSlashCommand, slackVars, slashFields } from "./slack-client";

interface SlashAnswer {
  response_type: string;
  text: string;
  unfurl_links: boolean;
  unfurl_media: boolean;
}

/** Runs `/oncelink request <what>` and reads the finish link out of the ephemeral answer. */
async function startFromSlack(what: string, extra: Record<string, string> = {}) {
  const fields = slashFields(`request ${what}`, extra);
  const res = await sendSlashCommand(fields);
  expect(res.status).toBe(200);
  const answer = await res.json<SlashAnswer>();
  const link = /<(https:\/\/oncelink\.test\/requests\/new\?[^|>]+)\|/.exec(answer.text)?.[1] ?? "";
  const token = /#slack=([A-Za-z0-9_-]{43})$/.exec(link)?.[1] ?? "";
  return { fields, answer, link, token };
}

async function finish(caller: Caller, slackToken: string, options: Record<string, unknown> = {}) {
  const keys = await newRequestKeyPair();
  const res = await postJson(
    "/api/slack/requests/finish",
    { slackToken, name: "Staging DB password", publicKey: keys.publicKey, ...options },
    { ...caller, vars: slackVars() },
  );
  return { res, keys };
}

describe("/oncelink request", () => {
  it("answers the requester alone with a one-time finish link, unfurling off, and keeps only its hash", async () => {
    const { answer, link, token } = await startFromSlack("Staging DB password");
    expect(answer).toMatchObject({ response_type: "ephemeral", unfurl_links: false, unfurl_media: false });
    expect(answer.text).toContain("Staging DB password");
    expect(new URL(link).searchParams.get("name")).toBe("Staging DB password");
    expect(token).toHaveLength(43);
    const rows = await env.DB.prepare("SELECT * FROM slack_requests").all();
    expect(JSON.stringify(rows.results)).not.toContain(token);
    const pending = rows.results.find((row) => row.name === "Staging DB password" && row.request_id === null);
    expect(pending).toMatchObject({ team_id: "T0TEAM", channel_id: "C0CHANNEL" });
  });

  it("escapes Slack markup in what is asked for, and refuses what no request could hold", async () => {
    const { answer } = await startFromSlack("<!channel> & <https://evil.example|x>");
    expect(answer.text).toContain("&lt;!channel&gt; &amp; &lt;https://evil.example|x&gt;");
    for (const text of ["request", "request   ", `request ${"x".repeat(201)}`, "send my password"]) {
      const res = await sendSlashCommand(slashFields(text));
      expect(res.status).toBe(200);
      const refused = await res.json<SlashAnswer>();
      expect(refused.response_type).toBe("ephemeral");
      expect(refused.text).toContain("/oncelink request <what you need>");
      expect(refused.text).not.toContain("#slack=");
    }
  });

  it("is finished in the browser with its own key, posts the request link in the channel, then takes a response", async () => {
    const requester = await signUp();
    const { fields, token } = await startFromSlack("Prod deploy key");
    const { res, keys } = await finish(requester, token, { name: "Prod deploy key", maxResponses: 2 });
    expect(res.status, await res.clone().text()).toBe(201);
    const finished = await res.json<SlackRequestFinished>();
    expect(finished.postedToSlack).toBe(true);
    expect(finished.request).toMatchObject({ name: "Prod deploy key", publicKey: keys.publicKey, status: "open" });

    const posted = (await receivedBySlack()).find((call) => call.path === new URL(fields.response_url ?? "").pathname);
    const message = JSON.parse(posted?.body ?? "{}");
    const requestLink = `${finished.request.url}#${await publicKeyCheck(keys.publicKey)}`;
    expect(message).toMatchObject({ response_type: "in_channel", unfurl_links: false, unfurl_media: false });
    expect(message.text).toContain(`<${requestLink}|`);
    expect(message.text).toContain(`<@${fields.user_id}>`);

    // The responder's view names the Oncelink account that finished it, and takes a response.
    const peek = await api(`/api/requests/${finished.request.id}`).then((r) => r.json<RequestPeek>());
    expect(peek).toMatchObject({ from: requester.user.email, status: "open", publicKey: keys.publicKey });
    const answered = await respond(finished.request.id, keys.publicKey, "hunter2-the-real-one", {
      vars: slackVars(),
    });
    expect(answered.status).toBe(201);
    const { id } = await answered.json<{ id: string }>();
    const opened = await openResponse(
      { request: finished.request, keys },
      { id, ephemeralKey: (await responseKeyOf(id)) ?? "" },
    );
    expect(opened.res.status).toBe(200);
  });

  it("works once: a used, unknown or expired token makes no request", async () => {
    const requester = await signUp();
    const { token } = await startFromSlack("Once only");
    expect((await finish(requester, token)).res.status).toBe(201);
    const before = await requestCount();
    const again = await finish(requester, token);
    expect(again.res.status).toBe(404);
    expect(await errorOf(again.res)).toMatchObject({ code: "not_found" });
    expect((await finish(requester, "A".repeat(43))).res.status).toBe(404);

    const { token: late } = await startFromSlack("Too late");
    await env.DB.prepare(
      "UPDATE slack_requests SET expires_at = 0 WHERE request_id IS NULL AND name = 'Too late'",
    ).run();
    expect((await finish(requester, late)).res.status).toBe(404);
    expect(await requestCount()).toBe(before);
    await upkeepSlackRequests({ ...env, ...slackVars() });
    const left = await env.DB.prepare("SELECT count(*) AS n FROM slack_requests WHERE name = 'Too late'").first();
    expect(left?.n).toBe(0);
  });

  it("needs a signed-in browser and a valid body", async () => {
    const { token } = await startFromSlack("Signed in only");
    const signedOut = await finish({}, token);
    expect(signedOut.res.status).toBe(401);
    const requester = await signUp();
    const bad = await postJson(
      "/api/slack/requests/finish",
      { slackToken: token, name: "x", publicKey: "not-a-key" },
      { ...requester, vars: slackVars() },
    );
    expect(bad.status).toBe(400);
    expect((await errorOf(bad)).message).toContain("publicKey");
    // Neither refusal used the token up.
    expect((await finish(requester, token)).res.status).toBe(201);
  });

  it("still makes the request when the channel post is refused, and says so", async () => {
    const requester = await signUp();
    const fields = slashFields("request Refused post");
    fields.response_url = fields.response_url?.replace("/hooks/", "/failing/hooks/") ?? "";
    const res = await sendSlashCommand(fields);
    const token = /#slack=([A-Za-z0-9_-]{43})/.exec((await res.json<SlashAnswer>()).text)?.[1] ?? "";
    const done = await finish(requester, token);
    expect(done.res.status).toBe(201);
    expect((await done.res.json<SlackRequestFinished>()).postedToSlack).toBe(false);
  });

  it("keeps no response_url outside Slack's hooks host, so it never posts there", async () => {
    const requester = await signUp();
    const fields = slashFields("request Elsewhere", { response_url: "https://evil.example/hooks/x" });
    const res = await sendSlashCommand(fields);
    const token = /#slack=([A-Za-z0-9_-]{43})/.exec((await res.json<SlashAnswer>()).text)?.[1];
    const row = await env.DB.prepare("SELECT response_url FROM slack_requests WHERE name = 'Elsewhere'").first();
    expect(row).toEqual({ response_url: null });
    const done = await finish(requester, token ?? "");
    expect((await done.res.json<SlackRequestFinished>()).postedToSlack).toBe(false);
  });
});

async function requestCount(): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM secret_requests").first<{ n: number }>();
  return row?.n ?? 0;
}

async function responseKeyOf(secretId: string): Promise<string | null> {
  const row = await env.DB.prepare("SELECT ephemeral_key FROM request_responses WHERE secret_id = ?")
    .bind(secretId)
    .first<{ ephemeral_key: string }>();
  return row?.ephemeral_key ?? null;
}

describe("a finished Slack request's row", () => {
  it("goes with its request (and so with the account that owns it)", async () => {
    const requester = await signUp();
    const { token } = await startFromSlack("Goes with it");
    const { res } = await finish(requester, token);
    const { request } = await res.json<SlackRequestFinished>();
    const rows = () => env.DB.prepare("SELECT count(*) AS n FROM slack_requests WHERE request_id = ?").bind(request.id);
    expect((await rows().first())?.n).toBe(1);
    await env.DB.prepare("DELETE FROM secret_requests WHERE id = ?").bind(request.id).run();
    expect((await rows().first())?.n).toBe(0);
  });
});
