// The recipient page in the recipient's language: a secret made by an English-speaking creator, opened by
// browsers set to German, Japanese and Arabic (right to left). Each finds its own words (from the catalogs the
// Worker puts into the page), reveals the secret, and is axe clean before and after; Arabic mirrors the
// header and is kept as a screenshot. The creator's language plays no part.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import ar from "../locales/ar/recipient";
import de from "../locales/de/recipient";
import en from "../locales/en/recipient";
import ja from "../locales/ja/recipient";
import { launchBrowser, newProfile } from "./browser";
import { createSecretByApi, signUp } from "./flows";
import { axeFindings, middleOf } from "./i18n-checks";

const origin = inject("origin");
const SCREENSHOT_DIR = "test-results/screenshots";
let browser: Browser;
let creator: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  creator = await (await newProfile(browser, { baseURL: origin })).newPage();
  await signUp(creator);
});
afterAll(async () => browser?.close());

const languages = [
  { browserLocale: "de-DE", locale: "de", catalog: de, dir: "ltr" },
  { browserLocale: "ja-JP", locale: "ja", catalog: ja, dir: "ltr" },
  { browserLocale: "ar-EG", locale: "ar", catalog: ar, dir: "rtl" },
] as const;

describe("the recipient page in the recipient's language", () => {
  for (const { browserLocale, locale, catalog, dir } of languages) {
    it(`speaks ${locale} to a ${browserLocale} browser, reveals the secret, axe clean`, async () => {
      const text = `kubeconfig for ${locale}`;
      const link = await createSecretByApi(creator, { text, name: `i18n ${locale}` });
      const page = await (await newProfile(browser, { locale: browserLocale })).newPage();
      const answer = await page.goto(link);
      expect(answer?.headers()["content-language"]).toBe(locale);
      expect(await page.title()).toBe(catalog["recipient.html.title"]);
      expect(catalog["recipient.html.title"]).not.toBe(en["recipient.html.title"]);
      expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
        locale,
        dir,
      ]);

      const view = page.getByRole("button", { name: catalog["recipient.view"] });
      await view.waitFor();
      expect(catalog["recipient.view"]).not.toBe(en["recipient.view"]);
      await page.getByText(catalog["recipient.oneTime"]).waitFor();
      expect(await axeFindings(page)).toEqual([]);

      if (dir === "rtl") {
        // The brand starts the header's line: on the right in a right-to-left page.
        expect(await middleOf(page, ".header-brand")).toBeGreaterThan(0.5);
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: `${SCREENSHOT_DIR}/recipient-${locale}.png`, fullPage: true });
      } else {
        expect(await middleOf(page, ".header-brand")).toBeLessThan(0.5);
      }

      await view.click();
      await page.getByRole("heading", { name: catalog["recipient.open.heading"] }).waitFor();
      await expect
        .poll(() => page.getByLabel(catalog["recipient.open.secret"], { exact: true }).inputValue())
        .toBe(text);
      await page.getByRole("button", { name: catalog["recipient.open.copyAndClear"] }).waitFor();
      expect(await axeFindings(page)).toEqual([]);
      if (dir === "rtl") {
        await page.screenshot({ path: `${SCREENSHOT_DIR}/recipient-${locale}-revealed.png`, fullPage: true });
      }
      await page.context().close();
    });
  }

  it("follows the language chosen on the site over the browser's, and gives English to unsupported ones", async () => {
    const link = await createSecretByApi(creator, { text: "chosen language" });
    const chosen = await newProfile(browser, { locale: "de-DE" });
    await chosen.addCookies([{ name: "oncelink_lang", value: "ja", url: origin }]);
    const page = await chosen.newPage();
    await page.goto(link);
    await page.getByRole("button", { name: ja["recipient.view"] }).waitFor();
    await chosen.close();

    const finnish = await (await newProfile(browser, { locale: "fi-FI" })).newPage();
    await finnish.goto(link);
    await finnish.getByRole("button", { name: en["recipient.view"] }).waitFor();
    expect(await finnish.evaluate(() => document.documentElement.lang)).toBe("en");
    await finnish.context().close();
  });
});
