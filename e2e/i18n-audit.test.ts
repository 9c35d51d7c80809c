// The audit log in other languages: German, Japanese and Arabic (right to left) browser profiles of one
// account open /audit and find the catalog's column headings, action labels, filters and detail sentences,
// the time in the language and the profile's time zone, and no serious accessibility finding.
import { mkdir } from "node:fs/promises";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import ar from "../locales/ar/app";
import de from "../locales/de/app";
import en from "../locales/en/app";
import ja from "../locales/ja/app";
import { launchBrowser, newProfile, VIEWPORTS } from "./browser";
import { auditRow, createSecret, openAuditLogs, signUp, waitForAuditRow } from "./flows";
import { axeFindings } from "./i18n-checks";

const origin = inject("origin");
const SECRET_NAME = "Staging API key";
const SCREENSHOT_DIR = "test-results/screenshots";
let browser: Browser;
let session: Awaited<ReturnType<BrowserContext["storageState"]>>;

beforeAll(async () => {
  browser = await launchBrowser();
  // The events are made in English (the shared flows speak it); the other profiles carry the same session.
  const owner = await newProfile(browser, { baseURL: origin });
  const page = await owner.newPage();
  await signUp(page);
  const link = await createSecret(page, { text: "STAGING_KEY=abc123", name: SECRET_NAME, expiresIn: "1 hour" });
  const recipient = await newProfile(browser);
  const view = await recipient.newPage();
  await view.goto(link);
  await view.getByRole("button", { name: "View Secret" }).click();
  await view.getByLabel("Secret", { exact: true }).waitFor();
  await recipient.close();
  await openAuditLogs(page);
  await waitForAuditRow(page, auditRow(page, "View", SECRET_NAME));
  session = await owner.storageState();
});
afterAll(async () => browser?.close());

const languages = [
  { browserLocale: "de-DE", locale: "de", catalog: de, dir: "ltr", timeZone: "Europe/Berlin" },
  { browserLocale: "ja-JP", locale: "ja", catalog: ja, dir: "ltr", timeZone: "Asia/Tokyo" },
  { browserLocale: "ar-EG", locale: "ar", catalog: ar, dir: "rtl", timeZone: "Africa/Cairo" },
] as const;

describe("the audit log in other languages", () => {
  for (const { browserLocale, locale, catalog, dir, timeZone } of languages) {
    it(`shows /audit in ${locale} from the browser's language, times in its format, axe clean`, async () => {
      const context = await newProfile(browser, {
        ...VIEWPORTS.desktop,
        baseURL: origin,
        locale: browserLocale,
        timezoneId: timeZone,
        storageState: session,
      });
      const page = await context.newPage();
      await page.goto("/audit");
      await page.getByRole("heading", { name: catalog["common.page.audit"] }).waitFor();
      await page.getByText(catalog["audit.loadingEvents"]).waitFor({ state: "detached" });
      expect(
        await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir })),
      ).toEqual({ lang: locale, dir });

      for (const column of ["action", "resource", "time", "user"] as const) {
        const name = catalog[`audit.column.${column}`];
        expect(name).not.toBe(en[`audit.column.${column}`]);
        await page.getByRole("columnheader", { name, exact: true }).waitFor();
      }
      await page.getByRole("link", { name: catalog["audit.export"] }).waitFor();
      await page.getByText(catalog["audit.lead"]).waitFor();

      // The action labels come from the catalog, and so does the secret's resource type.
      const created = auditRow(page, catalog["audit.action.create"], SECRET_NAME);
      const viewed = auditRow(page, catalog["audit.action.view"], SECRET_NAME);
      await created.waitFor();
      await viewed.waitFor();
      await created.getByText(catalog["audit.resourceType.secret"]).waitFor();
      await viewed.getByRole("cell", { name: catalog["audit.actor.unknown"], exact: true }).waitFor();

      // The time: the language's own date and clock, in the profile's time zone, not the English ones.
      const time = created.locator("time");
      const at = new Date((await time.getAttribute("datetime")) ?? "");
      const format = (language: string, options: Intl.DateTimeFormatOptions) =>
        new Intl.DateTimeFormat(language, { ...options, timeZone }).format(at);
      const shown = ((await time.textContent()) ?? "").trim();
      expect(shown).toBe(`${format(locale, { dateStyle: "medium" })} ${format(locale, { timeStyle: "medium" })}`);
      expect(shown).not.toBe(`${format("en", { dateStyle: "medium" })} ${format("en", { timeStyle: "medium" })}`);

      // The event unfolds into sentences of the language.
      const toggle = viewed.getByRole("button", { name: catalog["audit.action.view"] });
      await toggle.click();
      const facts = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
      await facts.getByText(catalog["audit.detail.noViewsLeft"]).waitFor();
      await facts.getByText(catalog["audit.fact.unknown"]).waitFor();
      await facts.getByText(catalog["audit.fact.timeLocal"]).waitFor();

      // The filters speak it too: the Action filter offers the translated labels.
      const action = page.getByLabel(catalog["audit.filter.action"], { exact: true });
      await action.selectOption({ label: catalog["audit.action.view"] });
      await page.waitForURL(/\/audit\?action=view$/);
      await page.getByRole("button", { name: catalog["audit.clearFilters"] }).waitFor();
      await viewed.waitFor();
      await created.waitFor({ state: "detached" });

      expect(await axeFindings(page)).toEqual([]);
      if (dir === "rtl") {
        await action.selectOption({ value: "" });
        await created.waitFor();
        await mkdir(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: `${SCREENSHOT_DIR}/audit-${locale}.png`, fullPage: true });
      }
      await context.close();
    });
  }
});
