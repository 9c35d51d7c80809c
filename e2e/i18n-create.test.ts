// The create form, the new-request form and the responder's page in other languages: German, Japanese and
// Arabic (right to left) from the browser's language, every label and button from locales/<l>/create.ts, a
// secret created in that language with its result screen, and axe clean on each.
import { mkdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import arCommon from "../locales/ar/common";
import ar from "../locales/ar/create";
import deCommon from "../locales/de/common";
import de from "../locales/de/create";
import en from "../locales/en/create";
import jaCommon from "../locales/ja/common";
import ja from "../locales/ja/create";
import { LOCALE_COOKIE } from "../protocol/locales";
import { formatMessage } from "../protocol/message-format";
import { launchBrowser, newProfile } from "./browser";
import { signUp } from "./flows";
import { axeFindings, documentLanguage } from "./i18n-checks";

const origin = inject("origin");
const SCREENSHOT_DIR = "test-results/screenshots";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/**
 * A signed-up account in a browser whose language is `browserLocale`. The sign-up helper reads English
 * labels, so it runs with the language cookie set to English; the cookie is then dropped, and the
 * browser's Accept-Language picks the page's language.
 */
async function signedUpIn(browserLocale: string): Promise<{ page: Page; email: string }> {
  const context = await newProfile(browser, { baseURL: origin, locale: browserLocale });
  await context.addCookies([{ name: LOCALE_COOKIE, value: "en", url: origin }]);
  const page = await context.newPage();
  const email = await signUp(page);
  await context.clearCookies({ name: LOCALE_COOKIE });
  return { page, email };
}

const languages = [
  { browserLocale: "de-DE", locale: "de", catalog: de, common: deCommon, dir: "ltr" },
  { browserLocale: "ja-JP", locale: "ja", catalog: ja, common: jaCommon, dir: "ltr" },
  { browserLocale: "ar-EG", locale: "ar", catalog: ar, common: arCommon, dir: "rtl" },
] as const;

describe("the create form in other languages", () => {
  for (const { browserLocale, locale, catalog, common, dir } of languages) {
    it(`creates a secret in ${locale} from the browser's language, axe clean`, async () => {
      const { page } = await signedUpIn(browserLocale);
      await page.goto("/");
      // The dashboard's own button belongs to another catalog: found by its place, not its words.
      await page.locator(".page-heading button").click();
      const dialog = page.getByRole("dialog", { name: catalog["create.title"] });
      await dialog.waitFor();
      expect(await documentLanguage(page)).toEqual({ lang: locale, dir });
      expect(catalog["create.title"]).not.toBe(en["create.title"]);

      await dialog.getByLabel(catalog["create.text.label"]).waitFor();
      await dialog.getByLabel(catalog["create.form.name"], { exact: true }).waitFor();
      await dialog.getByLabel(catalog["create.passphrase.label"], { exact: true }).waitFor();
      await dialog.getByRole("button", { name: catalog["create.passphrase.generate"] }).waitFor();
      await dialog.getByLabel(catalog["create.files.label"], { exact: true }).waitFor();
      await dialog.getByText(catalog["create.form.expiryHint"]).waitFor();
      await dialog.getByText(catalog["create.form.footer"]).waitFor();
      // The expiry choices are durations formatted by Intl in the page's language.
      const expiry = dialog.getByLabel(catalog["create.form.expiry"]);
      const hour = new Intl.NumberFormat(locale, { style: "unit", unit: "hour", unitDisplay: "long" }).format(1);
      expect(await expiry.locator("option:checked").textContent()).toBe(hour);
      // The limits come from GET /api/config: the hint names the files' limit once it has answered.
      await page.waitForFunction(
        (noLimit) => document.querySelector("#files-hint")?.textContent?.trim() !== noLimit,
        catalog["create.files.hint"],
      );
      const sizeLimit = formatMessage(catalog["create.text.upTo"], locale, { max: "" }).trim();
      expect(await dialog.locator("#text-size").textContent()).toContain(sizeLimit);

      if (dir === "rtl") {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: `${SCREENSHOT_DIR}/create-${locale}.png`, fullPage: true });
      }
      await dialog.getByText(catalog["create.more.summary"]).click();
      await dialog.getByLabel(catalog["create.more.recipient"], { exact: true }).waitFor();
      await dialog.getByLabel(catalog["create.more.requireLogin"]).waitFor();
      await dialog.getByLabel(catalog["create.separate.label"]).waitFor();
      expect(await axeFindings(page)).toEqual([]);

      await dialog.getByLabel(catalog["create.form.name"], { exact: true }).fill(`i18n ${locale}`);
      await dialog.getByLabel(catalog["create.text.label"]).fill(`made in ${locale}`);
      await dialog.getByRole("button", { name: catalog["create.form.submit"], exact: true }).click();

      const ready = page.getByRole("dialog", { name: catalog["create.title.ready"] });
      await ready.getByText(catalog["create.created.title"]).waitFor({ timeout: 30_000 });
      expect(await ready.getByLabel(catalog["create.created.shareLink"]).inputValue()).toMatch(/\/s\/.+#.+/);
      const summary = [
        formatMessage(catalog["create.summary.views"], locale, { n: 1 }),
        formatMessage(catalog["create.summary.expires"], locale, {
          time: formatMessage(catalog["create.summary.hours"], locale, { n: 1 }),
        }),
      ].join(" · ");
      expect(await ready.locator(".created-summary .hint").textContent()).toBe(summary);
      await ready.getByText(catalog["create.created.keyHere"]).waitFor();
      await ready.getByRole("button", { name: catalog["create.qr.show"] }).waitFor();
      const copy = ready.getByRole("button", { name: catalog["create.created.copyLink"], exact: true });
      await copy
        .or(ready.getByRole("button", { name: common["common.copy.copied"], exact: true }))
        .first()
        .waitFor();
      await ready.getByRole("button", { name: catalog["create.created.another"], exact: true }).waitFor();
      expect(await axeFindings(page)).toEqual([]);
      await ready.getByRole("button", { name: catalog["create.created.done"], exact: true }).click();
      await ready.waitFor({ state: "hidden" });
    });
  }
});

describe("a secret request in German", () => {
  it("is asked on the new-request form and answered on the responder's page, axe clean", async () => {
    const { page, email } = await signedUpIn("de-DE");
    await page.goto("/requests/new?name=Staging%20DB%20password");
    await page.getByRole("heading", { name: deCommon["common.page.newRequest"] }).waitFor();
    await page.getByText(de["create.request.lead"]).waitFor();
    expect(await page.getByLabel(de["create.request.name"]).inputValue()).toBe("Staging DB password");
    await page.getByLabel(de["create.request.note"]).waitFor();
    await page.getByLabel(de["create.request.expiry"]).waitFor();
    await page.getByLabel(de["create.request.responses"]).waitFor();
    await page.getByLabel(de["create.request.notify"]).waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await page.getByRole("button", { name: de["create.request.submit"] }).click();
    await page.getByRole("heading", { name: de["create.request.ready"] }).waitFor();
    await page.getByLabel(de["create.request.inbox"]).waitFor();
    await page.getByRole("link", { name: de["create.request.seeAll"] }).waitFor();
    const link = await page.getByLabel(de["create.request.link"]).inputValue();

    // The responder has no account and a German browser of their own.
    const responder = await (await newProfile(browser, { locale: "de-DE" })).newPage();
    await responder.goto(link);
    await responder.getByRole("heading", { name: "Staging DB password" }).waitFor();
    expect(await documentLanguage(responder)).toEqual({ lang: "de", dir: "ltr" });
    const asker = formatMessage(de["create.respond.unverified"], "de", { email });
    await responder.getByText(formatMessage(de["create.respond.asks"], "de", { asker })).waitFor();
    await responder.getByText(de["create.respond.hint"]).waitFor();
    expect(await axeFindings(responder)).toEqual([]);
    await responder.getByLabel(de["create.respond.label"]).fill("pa55word");
    await responder.getByRole("button", { name: de["create.respond.submit"] }).click();
    await responder.getByRole("heading", { name: de["create.respond.sent"] }).waitFor();
    await responder.getByText(formatMessage(de["create.respond.sentNote"], "de", { asker })).waitFor();
    expect(await axeFindings(responder)).toEqual([]);
  });
});
