// Webhooks in the browser: an endpoint pointing at a real local receiver, added on the Webhooks page; a
// recipient views a secret; the receiver gets a request it verifies with the shown signing secret (the
// standardwebhooks package), and the page's delivery log shows it delivered. Switched to the Slack format, the
// next test event arrives as a Slack message.
import type { Browser, Page } from "playwright-core";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { createSecretByApi, openFromNav, signUp } from "./flows";
import { startWebhookReceiver, type WebhookReceiver } from "./webhook-receiver";

const origin = inject("origin");
let browser: Browser;
let page: Page;
let receiver: WebhookReceiver;

beforeAll(async () => {
  receiver = await startWebhookReceiver();
  browser = await launchBrowser();
  page = await (await newProfile(browser, { baseURL: origin })).newPage();
  await signUp(page);
});
afterAll(async () => {
  await browser?.close();
  await receiver?.close();
});

it("delivers a signed secret.viewed to a configured endpoint and shows it in the log", async () => {
  const name = crypto.randomUUID();
  const url = `http://127.0.0.1:${receiver.port}/ok/${name}`;
  await openFromNav(page, "Webhooks");
  await page.getByRole("heading", { name: "Webhooks", level: 1 }).waitFor();
  await page.getByLabel("Endpoint URL").fill(url);
  expect(await page.getByLabel("secret.viewed").isChecked()).toBe(true);
  await page.getByRole("button", { name: "Add endpoint" }).click();
  const secretField = page.getByRole("textbox", { name: "Signing secret", exact: true });
  await secretField.waitFor();
  const secret = await secretField.inputValue();
  expect(secret).toMatch(/^whsec_/);
  await page.getByRole("button", { name: "Done" }).click();
  const card = page.getByRole("region", { name: url });
  await card.waitFor();

  const link = await createSecretByApi(page, { text: "webhook e2e secret", name: "Webhook e2e" });
  const recipient = await (await newProfile(browser)).newPage();
  await recipient.goto(link);
  await recipient.getByRole("button", { name: "View Secret" }).click();
  expect(await recipient.getByLabel("Secret", { exact: true }).inputValue()).toBe("webhook e2e secret");

  for (let i = 0; i < 40 && !receiver.received(name).some((r) => r.body.includes("secret.viewed")); i++) {
    await page.waitForTimeout(250);
  }
  const viewed = receiver.received(name).find((r) => r.body.includes('"secret.viewed"'));
  if (!viewed) throw new Error("the receiver got no secret.viewed");
  const payload = new Webhook(secret).verify(viewed.body, viewed.headers) as { data: { resourceName: string } };
  expect(payload.data.resourceName).toBe("Webhook e2e");
  expect(viewed.body).not.toContain("webhook e2e secret");

  const row = card.getByRole("row").filter({ hasText: "secret.viewed" }).filter({ hasText: "Delivered" });
  for (let i = 0; i < 20 && (await row.count()) === 0; i++) {
    await card.getByRole("button", { name: "Refresh log" }).click();
    await page.waitForTimeout(250);
  }
  await row.first().waitFor({ timeout: 2_000 });
  expect(await row.first().textContent()).toContain("204");

  await card.getByRole("button", { name: "Send test event" }).click();
  await card.getByRole("row").filter({ hasText: "webhook.test" }).first().waitFor();

  await card.getByRole("button", { name: "Edit" }).click();
  await card.getByLabel("Format").selectOption({ label: "Slack message" });
  await card.getByRole("button", { name: "Save" }).click();
  await card.getByText("Slack message ·").waitFor();
  const before = receiver.received(name).length;
  await card.getByRole("button", { name: "Send test event" }).click();
  for (let i = 0; i < 40 && receiver.received(name).length === before; i++) await page.waitForTimeout(250);
  const slack = receiver.received(name)[before];
  expect(JSON.parse(slack?.body ?? "{}")).toMatchObject({
    text: expect.stringMatching(/^Test event from Oncelink: this endpoint works — .* UTC$/),
    unfurl_links: false,
  });
});
