// The API tokens and webhooks pages in other languages: both pages in German, Japanese and Arabic (right to
// left) from the browser's language, a token created and revoked in German with its one-time notice, and an
// endpoint added in Arabic whose test event shows up delivered in the log (screenshot for people to look at).
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import arCommon from "../locales/ar/common";
import ar from "../locales/ar/integrations";
import deCommon from "../locales/de/common";
import de from "../locales/de/integrations";
import en from "../locales/en/integrations";
import jaCommon from "../locales/ja/common";
import ja from "../locales/ja/integrations";
import { formatMessage, type MessageArgs } from "../protocol/message-format";
import { launchBrowser, newProfile, VIEWPORTS } from "./browser";
import { signUp } from "./flows";
import { axeFindings, documentLanguage } from "./i18n-checks";
import { startWebhookReceiver, type WebhookReceiver } from "./webhook-receiver";

const origin = inject("origin");
const SCREENSHOT_DIR = "test-results/screenshots";
let browser: Browser;
let receiver: WebhookReceiver;
/** The signed-in account's cookies, from an English sign-up: each language's profile starts from them. */
let signedIn: Awaited<ReturnType<BrowserContext["storageState"]>>;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  receiver = await startWebhookReceiver();
  browser = await launchBrowser();
  const context = await newProfile(browser, { baseURL: origin });
  await signUp(await context.newPage());
  signedIn = await context.storageState();
  await context.close();
});
afterAll(async () => {
  await browser?.close();
  await receiver?.close();
});

type Catalog = Readonly<Record<keyof typeof en, string>>;

/** A message as the page shows it: its arguments in place, its markup tags gone. */
const text = (catalog: Catalog, locale: string, key: keyof typeof en, args?: MessageArgs) =>
  formatMessage(catalog[key], locale, args).replace(/<\/?[a-z]+>/g, "");

async function openSignedIn(browserLocale: string): Promise<Page> {
  const context = await newProfile(browser, {
    baseURL: origin,
    locale: browserLocale,
    storageState: signedIn,
    ...VIEWPORTS.desktop,
  });
  return context.newPage();
}

const languages = [
  { browserLocale: "de-DE", locale: "de", catalog: de, common: deCommon, dir: "ltr" },
  { browserLocale: "ja-JP", locale: "ja", catalog: ja, common: jaCommon, dir: "ltr" },
  { browserLocale: "ar-EG", locale: "ar", catalog: ar, common: arCommon, dir: "rtl" },
] as const;

describe("API tokens and webhooks in other languages", () => {
  for (const { browserLocale, locale, catalog, common, dir } of languages) {
    it(`shows /tokens and /webhooks in ${locale} from the browser's language, axe clean`, async () => {
      const page = await openSignedIn(browserLocale);
      await page.goto("/tokens");
      await page.getByRole("heading", { name: common["common.page.tokens"], level: 1 }).waitFor();
      expect(catalog["integrations.tokens.submit"]).not.toBe(en["integrations.tokens.submit"]);
      await page.getByText(catalog["integrations.tokens.lead"]).waitFor();
      await page.getByRole("heading", { name: catalog["integrations.tokens.create"] }).waitFor();
      await page.getByLabel(catalog["integrations.tokens.name"]).waitFor();
      await page.getByRole("button", { name: catalog["integrations.tokens.submit"] }).waitFor();
      await page.getByRole("heading", { name: catalog["integrations.tokens.yours"] }).waitFor();
      await page.getByText(catalog["integrations.tokens.empty"]).waitFor();
      expect(await documentLanguage(page)).toEqual({ lang: locale, dir });
      expect(await axeFindings(page)).toEqual([]);

      await page.goto("/webhooks");
      await page.getByRole("heading", { name: common["common.page.webhooks"], level: 1 }).waitFor();
      await page.getByRole("heading", { name: catalog["integrations.webhooks.add"] }).waitFor();
      await page.getByLabel(catalog["integrations.webhooks.url"]).waitFor();
      await page.getByRole("group", { name: catalog["integrations.webhooks.events"] }).waitFor();
      // Event types are identifiers, the same in every language.
      expect(await page.getByLabel("secret.viewed").isChecked()).toBe(true);
      await page.getByRole("button", { name: catalog["integrations.webhooks.addSubmit"] }).waitFor();
      await page.getByRole("heading", { name: catalog["integrations.webhooks.yours"] }).waitFor();
      expect(await documentLanguage(page)).toEqual({ lang: locale, dir });
      expect(await axeFindings(page)).toEqual([]);
    });
  }

  it("creates a token in German, shows its one-time notice, and revokes it after asking", async () => {
    const page = await openSignedIn("de-DE");
    const name = `Deploy ${crypto.randomUUID().slice(0, 8)}`;
    await page.goto("/tokens");
    await page.getByLabel(de["integrations.tokens.name"]).fill(name);
    await page.getByRole("button", { name: de["integrations.tokens.submit"] }).click();

    const created = page.getByRole("region", { name: text(de, "de", "integrations.tokens.created", { name }) });
    await created.waitFor();
    await created.getByText(text(de, "de", "integrations.copyNow")).waitFor();
    expect(await created.getByRole("textbox", { name: de["integrations.tokens.yourNew"] }).inputValue()).toMatch(
      /\S{20,}/,
    );
    await created.getByRole("button", { name: de["integrations.tokens.copy"] }).waitFor();
    await created.getByText(de["integrations.tokens.tryItHint"]).waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await created.getByRole("button", { name: de["integrations.done"] }).click();
    await created.waitFor({ state: "detached" });

    // The list says when it was made and that it was never used.
    const row = page.getByRole("listitem").filter({ hasText: name });
    await row.getByText(`${de["integrations.tokens.neverUsed"]}`, { exact: false }).waitFor();
    await row.getByRole("button", { name: de["integrations.tokens.revoke"] }).click();
    const dialog = page.getByRole("alertdialog", { name: de["integrations.tokens.revokeTitle"] });
    await dialog.getByText(text(de, "de", "integrations.tokens.revokeMessage", { name })).waitFor();
    await dialog.getByRole("button", { name: deCommon["common.cancel"] }).waitFor();
    await dialog.getByRole("button", { name: de["integrations.tokens.revokeConfirm"] }).click();
    await dialog.waitFor({ state: "hidden" });
    await page.getByText(de["integrations.tokens.empty"]).waitFor();
  });

  it("adds an endpoint in Arabic and shows its test event delivered, right to left, axe clean", async () => {
    const page = await openSignedIn("ar-EG");
    const url = `http://127.0.0.1:${receiver.port}/ok/${crypto.randomUUID()}`;
    await page.goto("/webhooks");
    await page.getByLabel(ar["integrations.webhooks.url"]).fill(url);
    await page.getByRole("button", { name: ar["integrations.webhooks.addSubmit"] }).click();

    const host = new URL(url).host;
    const secret = page.getByRole("region", { name: text(ar, "ar", "integrations.webhooks.secretFor", { host }) });
    await secret.getByText(text(ar, "ar", "integrations.webhooks.secretNotice")).waitFor();
    expect(await secret.getByRole("textbox", { name: ar["integrations.webhooks.secret"] }).inputValue()).toMatch(
      /^whsec_/,
    );
    await secret.getByRole("button", { name: ar["integrations.done"] }).click();

    const card = page.getByRole("region", { name: url });
    await card.getByText(ar["integrations.deliveries.empty"]).waitFor();
    await card.getByRole("button", { name: ar["integrations.webhooks.sendTest"] }).click();
    const delivered = card
      .getByRole("row")
      .filter({ hasText: "webhook.test" })
      .filter({ hasText: ar["integrations.deliveries.delivered"] });
    for (let i = 0; i < 20 && (await delivered.count()) === 0; i++) {
      await card.getByRole("button", { name: ar["integrations.deliveries.refresh"] }).click();
      await page.waitForTimeout(250);
    }
    await delivered.first().waitFor({ timeout: 2_000 });
    await card.getByRole("columnheader", { name: ar["integrations.deliveries.attempts"] }).waitFor();
    await card.getByRole("button", { name: ar["integrations.webhooks.rotate"] }).waitFor();
    await card.getByText(ar["integrations.webhooks.on"], { exact: false }).first().waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });
    expect(await axeFindings(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/webhooks-ar.png`, fullPage: true, animations: "disabled" });

    await card.getByRole("button", { name: ar["integrations.webhooks.delete"] }).click();
    const dialog = page.getByRole("alertdialog", { name: ar["integrations.webhooks.deleteTitle"] });
    await dialog.getByText(text(ar, "ar", "integrations.webhooks.deleteMessage", { url })).waitFor();
    await dialog.getByRole("button", { name: ar["integrations.webhooks.deleteConfirm"] }).click();
    await page.getByText(ar["integrations.webhooks.empty"]).waitFor();
  });
});
