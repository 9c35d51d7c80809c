// The dashboard and the Secret Requests page in German, Japanese and Arabic (right to left): the same account's
// secrets and request, opened in browser profiles of each language and time zone, show the catalog's words,
// dates as Intl writes them for that language, and pass axe. One Arabic screenshot for the RTL review.
import { mkdirSync } from "node:fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import arCommon from "../locales/ar/common";
import ar from "../locales/ar/secrets";
import deCommon from "../locales/de/common";
import de from "../locales/de/secrets";
import en from "../locales/en/secrets";
import jaCommon from "../locales/ja/common";
import ja from "../locales/ja/secrets";
import { formatMessage, type MessageArgs } from "../protocol/message-format";
import { launchBrowser, newProfile, VIEWPORTS } from "./browser";
import { createSecretByApi, signUp } from "./flows";
import { axeFindings, documentLanguage } from "./i18n-checks";

const origin = inject("origin");
const SCREENSHOT_DIR = "test-results/screenshots";
const RECIPIENT = "friend@example.com";
let browser: Browser;
/** The English profile that signed up and made everything; the other languages reuse its session. */
let owner: BrowserContext;

type Catalog = Record<keyof typeof en, string>;
type Common = Readonly<Record<"common.cancel", string>>;

interface Listed {
  name: string | null;
  createdAt: string;
}

beforeAll(async () => {
  browser = await launchBrowser();
  owner = await newProfile(browser, { baseURL: origin });
  const page = await owner.newPage();
  await signUp(page);
  await createSecretByApi(page, {
    text: "correct horse",
    name: "Wi-Fi password",
    maxViews: 2,
    passphrase: "garden gate",
    recipientEmail: RECIPIENT,
  });
  const burned = await createSecretByApi(page, { text: "old", name: "Old token" });
  const burnedId = new URL(burned).pathname.split("/")[2] ?? "";
  const burn = await page.request.delete(`${origin}/api/secrets/${burnedId}`, { headers: { origin } });
  expect(burn.status()).toBe(204);
  await askAndAnswer(page);
});
afterAll(async () => browser?.close());

/** A request made in the English page, answered once by a stranger without an account. */
async function askAndAnswer(page: Page): Promise<void> {
  await page.goto("/requests/new?name=Staging%20DB%20password&expiresIn=86400");
  await page.getByRole("button", { name: "Create request" }).click();
  await page.getByRole("heading", { name: "Your request is ready" }).waitFor();
  const link = await page.getByLabel("Request link").inputValue();
  const responder = await (await newProfile(browser)).newPage();
  await responder.goto(link);
  await responder.getByLabel("The secret").fill("postgres://staging");
  await responder.getByRole("button", { name: "Encrypt and send" }).click();
  await responder.getByRole("heading", { name: "Sent" }).waitFor();
  await responder.context().close();
}

/** A timestamp the way the page's own Intl writes it: its language (or `lang`), its time zone, the app's style. */
const intlDate = (page: Page, iso: string, lang?: string) =>
  page.evaluate(
    ([at, language]) =>
      new Intl.DateTimeFormat(language ?? document.documentElement.lang, {
        dateStyle: "medium",
        timeStyle: "short",
      }).format(new Date(at)),
    [iso, lang] as const,
  );

/** A filter button by its status word, whatever its count. */
const tab = (page: Page, label: string) =>
  page.getByRole("button", { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });

/** A catalog message as the page shows it: arguments in place, markup tags gone. */
const shown = (pattern: string, locale: string, args?: MessageArgs) =>
  formatMessage(pattern, locale, args).replace(/<\/?[a-z]+>/g, "");

/** The account's secrets and requests as the API lists them, for their timestamps. */
async function listed(page: Page) {
  const secrets = await page.request.get(`${origin}/api/secrets?status=all`);
  const requests = await page.request.get(`${origin}/api/requests`);
  const items = ((await secrets.json()) as { items: Listed[] }).items;
  const request = ((await requests.json()) as { items: { expiresAt: string; responses: Listed[] }[] }).items[0];
  if (!request) throw new Error("the request is not listed");
  const byName = (name: string) => items.find((item) => item.name === name);
  return { burnedAt: byName("Old token")?.createdAt ?? "", request };
}

const languages = [
  { browserLocale: "de-DE", timezoneId: "Europe/Berlin", locale: "de", catalog: de, common: deCommon, dir: "ltr" },
  { browserLocale: "ja-JP", timezoneId: "Asia/Tokyo", locale: "ja", catalog: ja, common: jaCommon, dir: "ltr" },
  { browserLocale: "ar-EG", timezoneId: "Africa/Cairo", locale: "ar", catalog: ar, common: arCommon, dir: "rtl" },
] as const;

describe("the dashboard and the requests page in other languages", () => {
  for (const { browserLocale, timezoneId, locale, catalog, common, dir } of languages) {
    async function profile(): Promise<Page> {
      const context = await newProfile(browser, {
        baseURL: origin,
        locale: browserLocale,
        timezoneId,
        storageState: await owner.storageState(),
        ...VIEWPORTS.desktop,
      });
      return context.newPage();
    }

    it(`shows the secrets in ${locale}: statuses, options, dates, tabs; axe clean`, async () => {
      const page = await profile();
      await page.goto("/");
      await page.getByRole("heading", { level: 1, name: common["common.page.secrets"] }).waitFor();
      await page.getByRole("heading", { level: 2, name: catalog["secrets.list.heading"] }).waitFor();
      expect(catalog["secrets.list.heading"]).not.toBe(en["secrets.list.heading"]);
      expect(await documentLanguage(page)).toEqual({ lang: locale, dir });
      await page.getByRole("button", { name: catalog["secrets.list.create"] }).waitFor();
      await page.getByRole("searchbox", { name: catalog["secrets.list.search"] }).waitFor();

      const active = page.getByRole("article", { name: "Wi-Fi password" });
      await active.getByText(catalog["secrets.status.active"], { exact: true }).waitFor();
      await active.getByText(shown(catalog["secrets.card.views"], locale, { views: 0, maxViews: 2 })).waitFor();
      await active.getByText(catalog["secrets.viewers.none"]).waitFor();
      await active.getByText(catalog["secrets.link.noKey"]).waitFor();
      const options = active.getByRole("list", { name: catalog["secrets.card.options"] });
      await options.getByText(catalog["secrets.card.passphrase"], { exact: true }).waitFor();
      await options.getByText(shown(catalog["secrets.card.forRecipient"], locale, { email: RECIPIENT })).waitFor();
      // "Expires <countdown>": the catalog's words around the ticking time.
      const [before = "", after = ""] = catalog["secrets.card.expires"].split("<countdown></countdown>");
      const expiry = (await active.locator(".secret-expiry").textContent()) ?? "";
      expect(expiry.startsWith(before) && expiry.endsWith(after)).toBe(true);
      await active.locator(".secret-expiry time.countdown").waitFor();

      const { burnedAt } = await listed(page);
      const burned = page.getByRole("article", { name: "Old token" });
      await burned.getByText(catalog["secrets.status.burned"], { exact: true }).waitFor();
      await burned.getByText(catalog["secrets.card.endedBurned"]).waitFor();
      // The date as Intl writes it in this language and this profile's time zone, not in English.
      const date = await intlDate(page, burnedAt);
      expect(date).not.toBe(await intlDate(page, burnedAt, "en"));
      await burned.getByText(formatMessage(catalog["secrets.card.createdAt"], locale, { date })).waitFor();

      // The filter buttons by status; an empty filter says so in the language.
      await page.getByRole("group", { name: catalog["secrets.list.byStatus"] }).waitFor();
      await tab(page, catalog["secrets.status.burned"]).click();
      await active.waitFor({ state: "detached" });
      await burned.waitFor();
      await tab(page, catalog["secrets.status.expired"]).click();
      await page.getByText(catalog["secrets.list.emptyExpired"]).waitFor();
      await tab(page, catalog["secrets.list.all"]).click();
      await active.waitFor();

      await burnDialog(page, catalog, common);
      expect(await axeFindings(page)).toEqual([]);
      if (dir === "rtl") {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.screenshot({ path: `${SCREENSHOT_DIR}/dashboard-${locale}.png`, fullPage: true });
      }
      await page.context().close();
    });

    it(`shows the request and its answer in ${locale}; axe clean`, async () => {
      const page = await profile();
      await page.goto("/requests");
      await page.getByRole("heading", { level: 1, name: common["common.page.requests"] }).waitFor();
      expect(await documentLanguage(page)).toEqual({ lang: locale, dir });
      await page.getByRole("link", { name: common["common.page.newRequest"] }).waitFor();
      await page.getByText(catalog["secrets.requests.lead"]).waitFor();

      const card = page.getByRole("article", { name: "Staging DB password" });
      await card.getByText(catalog["secrets.requests.statusAnswered"], { exact: true }).waitFor();
      const { request } = await listed(page);
      const until = await intlDate(page, request.expiresAt);
      await card
        .getByText(formatMessage(catalog["secrets.requests.progress"], locale, { count: 1, max: 1, date: until }))
        .waitFor();

      const responses = card.getByRole("list", { name: catalog["secrets.requests.responses"] });
      const answered = await intlDate(page, request.responses[0]?.createdAt ?? "");
      const responder = responses.locator(".request-responder");
      await responder.getByText(catalog["secrets.requests.anonymous"], { exact: false }).waitFor();
      expect(await responder.textContent()).toContain(answered);
      // This profile holds no key for the request: it says so, and the Open once button is off.
      await card.getByText(catalog["secrets.requests.noKey"]).waitFor();
      expect(await responses.getByRole("button", { name: catalog["secrets.requests.open"] }).isDisabled()).toBe(true);
      expect(await axeFindings(page)).toEqual([]);
      await page.context().close();
    });
  }
});

/** The burn dialog asks in the page's language, axe clean; cancelling keeps the secret. */
async function burnDialog(page: Page, catalog: Catalog, common: Common): Promise<void> {
  const card = page.getByRole("article", { name: "Wi-Fi password" });
  await card.getByRole("button", { name: catalog["secrets.link.burn"], exact: true }).click();
  const dialog = page.getByRole("alertdialog", { name: catalog["secrets.burn.title"] });
  await dialog.getByText(catalog["secrets.burn.message"]).waitFor();
  await dialog.getByRole("button", { name: catalog["secrets.burn.confirm"] }).waitFor();
  expect(await axeFindings(page)).toEqual([]);
  await dialog.getByRole("button", { name: common["common.cancel"] }).click();
  await dialog.waitFor({ state: "hidden" });
  await card.getByText(catalog["secrets.status.active"], { exact: true }).waitFor();
}
