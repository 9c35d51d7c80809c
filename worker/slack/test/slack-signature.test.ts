// POST /integrations/slack/commands answers only what Slack signed, within five minutes either way.
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { errorOf } from "../../test/client";
import { isSignedBySlack, slackSignature } from "../slack-signature";
import { SIGNING_SECRET, sendSlashCommand, slackVars, slashFields } from "./slack-client";

const now = () => Math.floor(Date.now() / 1000);

async function pendingRows(): Promise<number> {
  const row = await env.DB.prepare("SELECT count(*) AS n FROM slack_requests").first<{ n: number }>();
  return row?.n ?? 0;
}

async function expectRefused(res: Response) {
  expect(res.status).toBe(401);
  expect(await errorOf(res)).toMatchObject({ code: "invalid_signature" });
}

describe("Slack request signatures", () => {
  it("matches Slack's documented example", async () => {
    // From https://api.slack.com/authentication/verifying-requests-from-slack.
    const body =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    expect(await slackSignature(SIGNING_SECRET, "1531420618", body)).toBe(
      "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
    );
    const signed = { timestamp: "1531420618", rawBody: body };
    const signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    expect(await isSignedBySlack(SIGNING_SECRET, { ...signed, signature }, 1531420618 + 60)).toBe(true);
    expect(await isSignedBySlack("another-secret", { ...signed, signature }, 1531420618 + 60)).toBe(false);
  });

  it("accepts a signed command", async () => {
    const res = await sendSlashCommand(slashFields("request Staging DB password"));
    expect(res.status).toBe(200);
  });

  it("refuses a wrong signature, and changes nothing", async () => {
    const before = await pendingRows();
    await expectRefused(await sendSlashCommand(slashFields("request x"), { secret: "not-the-signing-secret" }));
    const fields = slashFields("request x");
    const body = new URLSearchParams(fields).toString();
    const good = await slackSignature(SIGNING_SECRET, String(now()), body);
    const flipped = `${good.slice(0, -1)}${good.endsWith("0") ? "1" : "0"}`;
    await expectRefused(await sendSlashCommand(fields, { headers: { "X-Slack-Signature": flipped } }));
    await expectRefused(await sendSlashCommand(fields, { headers: { "X-Slack-Signature": good.slice(3) } }));
    await expectRefused(await sendSlashCommand(fields, { headers: { "X-Slack-Signature": good.toUpperCase() } }));
    expect(await pendingRows()).toBe(before);
  });

  it("refuses a request without the signature or the timestamp header", async () => {
    await expectRefused(await sendSlashCommand(slashFields("help"), { headers: { "X-Slack-Signature": null } }));
    await expectRefused(
      await sendSlashCommand(slashFields("help"), { headers: { "X-Slack-Request-Timestamp": null } }),
    );
    await expectRefused(
      await sendSlashCommand(slashFields("help"), { headers: { "X-Slack-Request-Timestamp": "yesterday" } }),
    );
  });

  it("refuses a timestamp more than five minutes old or ahead, though correctly signed", async () => {
    await expectRefused(await sendSlashCommand(slashFields("help"), { timestamp: now() - 6 * 60 }));
    await expectRefused(await sendSlashCommand(slashFields("help"), { timestamp: now() + 6 * 60 }));
    // Inside the window either way is Slack's clock being a little off, not a replay.
    expect((await sendSlashCommand(slashFields("help"), { timestamp: now() - 4 * 60 })).status).toBe(200);
    expect((await sendSlashCommand(slashFields("help"), { timestamp: now() + 4 * 60 })).status).toBe(200);
  });

  it("refuses a body changed after signing", async () => {
    const before = await pendingRows();
    const fields = slashFields("request Staging DB password");
    const tampered = new URLSearchParams({ ...fields, user_id: "U0MALLORY" }).toString();
    await expectRefused(await sendSlashCommand(fields, { sendBody: tampered }));
    expect(await pendingRows()).toBe(before);
  });

  it("says so when Slack is not set up, and refuses an oversized body", async () => {
    const off = await sendSlashCommand(slashFields("help"), { vars: { ...slackVars(), SLACK_SIGNING_SECRET: "" } });
    expect(off.status).toBe(404);
    expect(await errorOf(off)).toMatchObject({ code: "slack_not_configured" });
    const huge = await sendSlashCommand(slashFields(`request ${"x".repeat(20_000)}`));
    expect(huge.status).toBe(413);
  });

  it("refuses a signed body that is not a slash command", async () => {
    const res = await sendSlashCommand({ text: "help" });
    expect(res.status).toBe(400);
    expect(await errorOf(res)).toMatchObject({ code: "invalid_input" });
  });
});
