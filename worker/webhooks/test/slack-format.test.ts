// A slack-format endpoint end to end: the real D1 trigger queues the metadata payload, the WebhookSender writes
// it as a Slack incoming-webhook message and POSTs it, signed, to the local receiver (standing in for
// hooks.slack.com). What a channel would show: the event, the escaped name, place, device and time, in the
// owner's language, and nothing secret.
import { exports } from "cloudflare:workers";
import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";
import { WEBHOOK_EVENT_TYPES } from "../../../protocol/enums";
import { LOCALES } from "../../../protocol/locales";
import { api, createSecret, eventually, ORIGIN, signUpVerified } from "../../test/client";
import { slackMessage } from "../slack-message";
import { receivedBy, receiverUrl } from "./receiver";
import { addWebhook, deliveriesOf, sendTestEvent } from "./webhook-client";

const HOSTILE_NAME = "Staging <!channel> & <https://evil.example|click>";
const ESCAPED_NAME = "Staging &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;";
const CHROME_ON_MAC =
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";
const VIEWER_IP = "198.51.100.61";

interface SlackBody {
  text: string;
  unfurl_links: boolean;
  unfurl_media: boolean;
}

/** A reveal from Berlin in Chrome on a Mac, as Cloudflare would describe the request (request.cf). */
function revealFromBerlin(id: string, proof: string): Promise<Response> {
  const cf = { country: "DE", city: "Berlin" } as IncomingRequestCfProperties;
  const headers = {
    "Content-Type": "application/json",
    Origin: ORIGIN,
    "CF-Connecting-IP": VIEWER_IP,
    "User-Agent": CHROME_ON_MAC,
  };
  const body = JSON.stringify({ proof });
  return exports.default.fetch(
    new Request(`${ORIGIN}/api/secrets/${id}/reveal`, { method: "POST", headers, body, cf }),
  );
}

describe("a slack-format endpoint", () => {
  it("gets a secret's view as a Slack message: name escaped, place, device, time, nothing secret, signed", async () => {
    const owner = await signUpVerified();
    const name = crypto.randomUUID();
    const hook = await addWebhook(owner.cookie, receiverUrl("ok", name), ["secret.viewed"], undefined, "slack");
    const created = await createSecret(owner, { name: HOSTILE_NAME, text: "hunter2-the-real-password" });
    const res = await revealFromBerlin(created.secret.id, created.proof);
    expect(res.status).toBe(200);
    const { ciphertext } = await res.json<{ ciphertext: string }>();

    const [arrived] = await eventually(
      () => receivedBy(name),
      (list) => list.length >= 1,
    );
    if (!arrived) throw new Error("no delivery arrived");
    // The Standard Webhooks headers stay: a proxy in front of Slack can verify them.
    expect(() => new Webhook(hook.secret).verify(arrived.body, arrived.headers)).not.toThrow();
    expect(arrived.headers["content-type"]).toBe("application/json");
    const message = JSON.parse(arrived.body) as SlackBody;
    expect(Object.keys(message).sort()).toEqual(["text", "unfurl_links", "unfurl_media"]);
    expect(message).toMatchObject({ unfurl_links: false, unfurl_media: false });
    expect(message.text).toMatch(
      /^Secret "(.+)" was viewed — Berlin, DE · Chrome 131 on macOS \(desktop\) · \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC$/,
    );
    expect(message.text).toContain(`"${ESCAPED_NAME}"`);
    // No mention, no link: Slack's markup needs a raw < or &, and there is none.
    expect(message.text).not.toMatch(/[<>]|&(?!amp;|lt;|gt;)/);
    for (const secretPart of [
      ciphertext,
      created.linkKey,
      created.proof,
      created.keyProof,
      VIEWER_IP,
      "hunter2",
      created.secret.id,
    ]) {
      expect(arrived.body).not.toContain(secretPart);
    }

    // The log is the same as for any endpoint.
    const [logged] = await eventually(
      () => deliveriesOf(owner.cookie, hook.id),
      (items) => items[0]?.status === "delivered",
    );
    expect(logged).toMatchObject({ eventType: "secret.viewed", attempts: 1, responseStatus: 204, error: null });
  });

  it("writes in its owner's language, and a test event says so", async () => {
    const owner = await signUpVerified();
    const chosen = await api("/api/me", {
      method: "PATCH",
      cookie: owner.cookie,
      body: JSON.stringify({ locale: "de" }),
    });
    expect(chosen.status).toBe(200);
    const name = crypto.randomUUID();
    const hook = await addWebhook(owner.cookie, receiverUrl("ok", name), ["secret.viewed"], undefined, "slack");
    await sendTestEvent(owner.cookie, hook.id);
    const [arrived] = await eventually(
      () => receivedBy(name),
      (list) => list.length >= 1,
    );
    const message = JSON.parse(arrived?.body ?? "{}") as SlackBody;
    expect(message.text).toMatch(/^Testereignis von Oncelink: Dieser Endpunkt funktioniert — \d{4}-.* UTC$/);
    const [logged] = await eventually(
      () => deliveriesOf(owner.cookie, hook.id),
      (items) => items[0]?.status === "delivered",
    );
    expect(logged?.eventType).toBe("webhook.test");
  });
});

describe("slackMessage", () => {
  const payload = JSON.stringify({
    type: "request.responded",
    timestamp: "2026-12-03T18:02:41.123Z",
    data: { resourceName: "X", city: "Berlin", country: "DE", device: "Firefox <b> on Linux (desktop)" },
  });

  it("has a line of its own for every event type, in every language, with no key left unformatted", () => {
    for (const locale of LOCALES) {
      const lines = WEBHOOK_EVENT_TYPES.map((type) => slackMessage(type, payload, locale).text);
      expect(new Set(lines).size, locale).toBe(WEBHOOK_EVENT_TYPES.length);
      for (const line of lines) expect(line, locale).not.toMatch(/integrations\.|[{}]/);
    }
    expect(slackMessage("request.responded", payload, "en").text).toBe(
      'Request "X" got a response — Berlin, DE · Firefox &lt;b&gt; on Linux (desktop) · 2026-12-03 18:02 UTC',
    );
  });

  it("still says what happened when the payload has no name or details, or is not JSON", () => {
    const bare = JSON.stringify({ type: "secret.burned", data: {} });
    expect(slackMessage("secret.burned", bare, "en").text).toBe("Secret (untitled) was burned");
    expect(slackMessage("secret.expired", "not json", "en").text).toBe("Secret (untitled) expired");
  });
});
