// A secret request started in Slack, in real browsers: a signed `/oncelink request` to a second app instance
// configured for Slack, whose Web API and response_url are a local HTTP receiver standing in for Slack. The
// requester follows the ephemeral finish link (signing in on the way, the token kept in the fragment), the
// request link appears in "the channel", a second browser answers it, the requester is told in Slack (with
// nothing of the answer) and opens the answer once in the first browser.
import { createHmac } from "node:crypto";
import { createServer, type Server } from "node:http";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { PASSWORD, signUp } from "./flows";
import { freePort, type RunningApp, startApp } from "./start-app";

const SIGNING_SECRET = "e2e-slack-signing-secret";
const SLACK_USER = "U0E2EUSER";
const received: { path: string; body: string }[] = [];
let slack: Server;
let slackOrigin = "";
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  slack = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ path: request.url ?? "", body });
      response.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ ok: true }));
    });
  });
  await new Promise<void>((resolve) => slack.listen(0, "127.0.0.1", resolve));
  const address = slack.address();
  slackOrigin = typeof address === "object" && address ? `http://127.0.0.1:${address.port}` : "";
  app = await startApp(freePort(9300), {
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: "xoxb-e2e",
    SLACK_API_BASE: `${slackOrigin}/api`,
  });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  app?.stop();
  await new Promise((resolve) => slack?.close(resolve));
});

/** Sends `/oncelink <text>` as Slack would: form-encoded, signed with the signing secret (node:crypto here). */
async function slashCommand(text: string): Promise<{ text: string; response_type: string }> {
  const body = new URLSearchParams({
    team_id: "T0E2E",
    channel_id: "C0E2E",
    user_id: SLACK_USER,
    command: "/oncelink",
    text,
    response_url: `${slackOrigin}/hooks/commands/T0E2E/1/e2e`,
    trigger_id: "trigger.e2e",
  }).toString();
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac("sha256", SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  const res = await fetch(`${app.origin}/integrations/slack/commands`, {
    method: "POST",
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      "X-Slack-Request-Timestamp": timestamp,
      "X-Slack-Signature": signature,
    },
    body,
  });
  expect(res.status).toBe(200);
  return res.json();
}

async function until<T>(read: () => T | undefined): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const value = read();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("the Slack stand-in never received it");
}

async function profile(): Promise<Page> {
  return (await newProfile(browser, { baseURL: app.origin })).newPage();
}

describe("a secret request started in Slack", () => {
  it("is finished in the browser, answered in a second one, notified in Slack and opened once", async () => {
    const requester = await profile();
    const email = await signUp(requester);
    // Signed out, as someone following a link from Slack may be: the sign-in detour keeps the token.
    await requester.context().clearCookies();

    const answer = await slashCommand("request Staging DB password");
    expect(answer.response_type).toBe("ephemeral");
    const finishLink = /<(http[^|>]+#slack=[A-Za-z0-9_-]{43})\|/.exec(answer.text)?.[1] ?? "";
    expect(finishLink.startsWith(`${app.origin}/requests/new?`)).toBe(true);

    await requester.goto(finishLink);
    await requester.getByLabel("Email").fill(email);
    await requester.getByLabel("Password").fill(PASSWORD);
    await requester.getByRole("button", { name: "Sign in", exact: true }).click();
    await requester.getByRole("heading", { name: "Finish your request from Slack" }).waitFor();
    expect(await requester.getByLabel("What do you need?").inputValue()).toBe("Staging DB password");
    await requester.getByRole("button", { name: "Finish request" }).click();
    await requester.getByRole("heading", { name: "Your request is ready" }).waitFor();
    await requester.getByText("The request link is posted in the Slack channel you asked from.").waitFor();
    expect(new URL(requester.url()).hash).toBe("");

    const posted = await until(() => received.find((call) => call.path.startsWith("/hooks/")));
    const message = JSON.parse(posted.body);
    expect(message).toMatchObject({ response_type: "in_channel", unfurl_links: false, unfurl_media: false });
    const requestLink = /<(http[^|>]+\/r\/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43})\|/.exec(message.text)?.[1] ?? "";
    expect(requestLink).toBe(await requester.getByLabel("Request link").inputValue());

    const secret = "postgres://staging:s3cr3t@db.internal:5432/app";
    const responder = await (await newProfile(browser)).newPage();
    await responder.goto(requestLink);
    await responder.getByRole("heading", { name: "Staging DB password" }).waitFor();
    await responder.getByLabel("The secret").fill(secret);
    await responder.getByRole("button", { name: "Encrypt and send" }).click();
    await responder.getByRole("heading", { name: "Sent" }).waitFor();

    const notice = await until(() => received.find((call) => call.path === "/api/chat.postMessage"));
    expect(JSON.parse(notice.body)).toMatchObject({ channel: SLACK_USER });
    expect(notice.body).toContain("Staging DB password");
    expect(notice.body).not.toContain("s3cr3t");

    await requester.goto("/requests");
    const card = requester.getByRole("article", { name: "Staging DB password" });
    await card.getByRole("button", { name: "Open once" }).click();
    expect(await card.getByLabel("The secret").inputValue()).toBe(secret);
    // Nothing of the answer ever reached "Slack".
    expect(received.some((call) => call.body.includes("s3cr3t"))).toBe(false);
  });
});
