// The app's frame in other languages: the sign-in page in German, Japanese and Arabic (right to left), the
// signed-in shell mirrored in Arabic, the language switch remembered (by the account too, for its mails),
// and English for unsupported languages.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import ar from "../locales/ar/common";
import de from "../locales/de/common";
import en from "../locales/en/common";
import fr from "../locales/fr/common";
import ja from "../locales/ja/common";
import { LOCALE_COOKIE, LOCALE_NAMES } from "../protocol/locales";
import { launchBrowser, newProfile, VIEWPORTS } from "./browser";
import { signUp } from "./flows";
import { axeFindings, documentLanguage, middleOf } from "./i18n-checks";

const origin = inject("origin");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const languages = [
  { browserLocale: "de-DE", locale: "de", catalog: de, dir: "ltr" },
  { browserLocale: "ja-JP", locale: "ja", catalog: ja, dir: "ltr" },
  { browserLocale: "ar-EG", locale: "ar", catalog: ar, dir: "rtl" },
] as const;

describe("the app's shell in other languages", () => {
  for (const { browserLocale, locale, catalog, dir } of languages) {
    it(`shows the sign-in page in ${locale} from the browser's language, axe clean`, async () => {
      const page = await (await newProfile(browser, { baseURL: origin, locale: browserLocale })).newPage();
      await page.goto("/signin");
      await page.getByRole("heading", { name: catalog["common.page.signIn"] }).waitFor();
      expect(catalog["common.page.signIn"]).not.toBe(en["common.page.signIn"]);
      await page.getByRole("button", { name: catalog["common.auth.passkey"] }).waitFor();
      await page.getByLabel(catalog["common.auth.email"], { exact: true }).waitFor();
      await page.getByText(catalog["common.auth.lead"]).waitFor();
      expect(await page.title()).toBe(`${catalog["common.page.signIn"]} · Oncelink`);
      expect(await documentLanguage(page)).toEqual({ lang: locale, dir });
      // The header's brand sits at the start of the line: the left in German and Japanese, the right in Arabic.
      const brand = await middleOf(page, ".header-brand");
      if (dir === "rtl") expect(brand).toBeGreaterThan(0.5);
      else expect(brand).toBeLessThan(0.5);
      expect(await axeFindings(page)).toEqual([]);
    });
  }

  it("mirrors the signed-in shell in Arabic: the navigation on the right", async () => {
    const context = await newProfile(browser, { baseURL: origin, ...VIEWPORTS.desktop });
    const page = await context.newPage();
    await signUp(page);
    const englishNav = await middleOf(page, ".shell-nav a[href='/audit']");
    expect(englishNav).toBeLessThan(0.5);

    // The remembered choice beats the browser's (English) language.
    await context.addCookies([{ name: LOCALE_COOKIE, value: "ar", url: origin }]);
    await page.reload();
    const audit = page.getByRole("navigation").getByRole("link", { name: ar["common.page.audit"] });
    await audit.waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: "ar", dir: "rtl" });
    expect(await middleOf(page, ".shell-nav a[href='/audit']")).toBeGreaterThan(0.5);
    await page.getByRole("button", { name: ar["common.signOut"] }).waitFor();
    expect(await axeFindings(page)).toEqual([]);

    // Signed up in English; a cookie alone is this browser's, not the account's: its mails stay English.
    const accountLocale = async () => (await (await page.request.get("/api/me")).json()).user.locale;
    expect(await accountLocale()).toBe("en");
    // A pick in the switch is the account's too (PATCH /api/me), for its mails.
    await Promise.all([
      page.waitForEvent("load"),
      page.getByLabel(ar["common.language"]).selectOption({ label: LOCALE_NAMES.fr }),
    ]);
    await page.getByRole("navigation").getByRole("link", { name: fr["common.page.audit"] }).waitFor();
    expect(await accountLocale()).toBe("fr");
  });

  it("remembers the language switch's choice across reloads, over the browser's language", async () => {
    const context = await newProfile(browser, { baseURL: origin, locale: "de-DE" });
    const page = await context.newPage();
    await page.goto("/signin");
    await page.getByRole("heading", { name: de["common.page.signIn"] }).waitFor();

    // Choosing reloads the page in the new language.
    await Promise.all([
      page.waitForEvent("load"),
      page.getByLabel(de["common.language"]).selectOption({ label: LOCALE_NAMES.ja }),
    ]);
    await page.getByRole("heading", { name: ja["common.page.signIn"] }).waitFor();
    const cookies = await context.cookies(origin);
    expect(cookies.find((cookie) => cookie.name === LOCALE_COOKIE)?.value).toBe("ja");

    await page.reload();
    await page.getByRole("heading", { name: ja["common.page.signIn"] }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: "ja", dir: "ltr" });
    expect(await page.getByLabel(ja["common.language"]).inputValue()).toBe("ja");
  });

  it("says in the page's language when Oncelink cannot be reached", async () => {
    const page = await (await newProfile(browser, { baseURL: origin, locale: "de-DE" })).newPage();
    await page.route("**/api/auth/login", (route) => route.abort("internetdisconnected"));
    await page.goto("/signin");
    await page.getByLabel(de["common.auth.email"], { exact: true }).fill("someone@example.com");
    await page.locator("#password").fill("not sent anywhere");
    await page.getByRole("button", { name: de["common.signIn"], exact: true }).click();
    await page.getByRole("alert").getByText(de["common.api.offline"]).waitFor();
  });

  it("falls back to English when none of the browser's languages is supported", async () => {
    const page = await (await newProfile(browser, { baseURL: origin, locale: "fi-FI" })).newPage();
    await page.goto("/signin");
    await page.getByRole("heading", { name: en["common.page.signIn"] }).waitFor();
    await page.getByRole("button", { name: en["common.auth.passkey"] }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: "en", dir: "ltr" });
  });
});
