// The Account and Members pages in other languages: German, Japanese and Arabic (right to left) from the
// browser's language, their headings, buttons and labels from locales/<locale>/settings.ts, sizes and an
// invite in that language, and axe clean. The Arabic Account page is kept as a screenshot.
import type { Browser, BrowserContextOptions } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import arCommon from "../locales/ar/common";
import ar from "../locales/ar/settings";
import deCommon from "../locales/de/common";
import de from "../locales/de/settings";
import enCommon from "../locales/en/common";
import en from "../locales/en/settings";
import jaCommon from "../locales/ja/common";
import ja from "../locales/ja/settings";
import { formatMessage } from "../protocol/message-format";
import { launchBrowser, newProfile, VIEWPORTS } from "./browser";
import { newEmail, signIn, signUp } from "./flows";
import { axeFindings, documentLanguage, middleOf } from "./i18n-checks";

const origin = inject("origin");
const SCREENSHOT_DIR = "test-results/screenshots";
let browser: Browser;
/** Signed-in sessions, made once in English: a new member's (signed up) and the seeded admin's. */
let memberSession: BrowserContextOptions["storageState"];
let adminSession: BrowserContextOptions["storageState"];

beforeAll(async () => {
  browser = await launchBrowser();
  const member = await newProfile(browser, { baseURL: origin });
  await signUp(await member.newPage());
  memberSession = await member.storageState();
  const admin = await newProfile(browser, { baseURL: origin });
  await signIn(await admin.newPage(), inject("seed").adminEmail);
  adminSession = await admin.storageState();
});
afterAll(async () => browser?.close());

const languages = [
  { browserLocale: "de-DE", locale: "de", catalog: de, common: deCommon, dir: "ltr" },
  { browserLocale: "ja-JP", locale: "ja", catalog: ja, common: jaCommon, dir: "ltr" },
  { browserLocale: "ar-EG", locale: "ar", catalog: ar, common: arCommon, dir: "rtl" },
] as const;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("the Account and Members pages in other languages", () => {
  for (const { browserLocale, locale, catalog, common, dir } of languages) {
    const open = async (storageState: BrowserContextOptions["storageState"], path: string) => {
      const context = await newProfile(browser, {
        baseURL: origin,
        locale: browserLocale,
        storageState,
        ...VIEWPORTS.desktop,
      });
      const page = await context.newPage();
      await page.goto(path);
      return page;
    };

    it(`shows the Account page in ${locale}, axe clean`, async () => {
      const page = await open(memberSession, "/account");
      const main = page.getByRole("main");
      await main.getByRole("heading", { name: common["common.page.account"], level: 1 }).waitFor();
      expect(catalog["settings.account.changePassword"]).not.toBe(en["settings.account.changePassword"]);
      await main.getByRole("heading", { name: catalog["settings.account.changePassword"] }).waitFor();
      await main.getByRole("heading", { name: catalog["settings.passkeys.title"] }).waitFor();
      await main.getByRole("heading", { name: catalog["settings.account.delete.title"] }).waitFor();
      await main.getByRole("term").getByText(catalog["settings.account.emailVerified"], { exact: true }).waitFor();
      await main.getByRole("definition").getByText(catalog["settings.account.notVerified"], { exact: true }).waitFor();
      await main.getByRole("definition").getByText(catalog["settings.role.member"], { exact: true }).waitFor();
      await main.getByText(catalog["settings.passkeys.none"]).waitFor();
      await page.getByLabel(catalog["settings.account.currentPassword"]).waitFor();
      await page.getByLabel(catalog["settings.passkeys.nameLabel"]).waitFor();
      await main.getByRole("button", { name: common["common.secondFactor.add"] }).waitFor();
      await main.getByRole("button", { name: catalog["settings.account.changePassword"] }).waitFor();
      const deleteButton = main.getByRole("button", { name: catalog["settings.account.delete.open"] });
      await deleteButton.waitFor();
      expect(await documentLanguage(page)).toEqual({ lang: locale, dir });

      // The dialog asks in the same language.
      await deleteButton.click();
      const dialog = page.getByRole("alertdialog", { name: catalog["settings.account.delete.confirmTitle"] });
      await dialog.getByText(catalog["settings.account.delete.confirmMessage"]).waitFor();
      await dialog.getByRole("button", { name: catalog["settings.account.delete.confirm"] }).waitFor();
      expect(await axeFindings(page)).toEqual([]);
      await dialog.getByRole("button", { name: common["common.cancel"] }).click();
      await dialog.waitFor({ state: "hidden" });

      // A right-to-left page puts its buttons at the start of the line: the right.
      const button = await middleOf(page, ".account-delete button");
      if (dir === "rtl") expect(button).toBeGreaterThan(0.5);
      else expect(button).toBeLessThan(0.5);
      expect(await axeFindings(page)).toEqual([]);
      if (locale === "ar") await page.screenshot({ path: `${SCREENSHOT_DIR}/account-ar.png`, fullPage: true });
    });

    it(`shows the Members page in ${locale}, sizes in its units, and invites in it; axe clean`, async () => {
      const page = await open(adminSession, "/members");
      const main = page.getByRole("main");
      await main.getByRole("heading", { name: common["common.page.members"], level: 1 }).waitFor();
      await main.getByRole("heading", { name: catalog["settings.members.invite"] }).waitFor();
      await main.getByRole("heading", { name: catalog["settings.members.everyone"] }).waitFor();
      await main.getByText(formatMessage(catalog["settings.members.inviteHint"], locale, { days: 7 })).waitFor();

      // The admin's own row: marked as theirs, the role and its button, storage against the quota.
      const adminEmail = inject("seed").adminEmail;
      const list = main.getByRole("list", { name: common["common.page.members"] });
      const self = list.getByRole("listitem", { name: new RegExp(escapeRegExp(adminEmail)) });
      await self.getByText(catalog["settings.members.you"]).waitFor();
      await self.getByText(catalog["settings.role.admin"], { exact: true }).waitFor();
      await self.getByRole("button", { name: catalog["settings.members.makeMember"] }).waitFor();
      await self.getByRole("button", { name: catalog["settings.remove"], exact: true }).waitFor();
      await self.getByRole("button", { name: catalog["settings.members.deleteAccount"] }).waitFor();
      const gigabyte = new Intl.NumberFormat(locale, { style: "unit", unit: "gigabyte", unitDisplay: "short" });
      const usage = await self.locator(".member-meta").textContent();
      expect(usage).toContain(gigabyte.format(1));
      expect(await documentLanguage(page)).toEqual({ lang: locale, dir });
      expect(await axeFindings(page)).toEqual([]);

      // An invite in this language: the button, the outcome and the link's label.
      const invitee = newEmail(`invitee-${locale}`);
      await page.getByLabel(common["common.auth.email"], { exact: true }).fill(invitee);
      await main.getByRole("button", { name: catalog["settings.members.invite"] }).click();
      const mailed = formatMessage(catalog["settings.members.mailed"], locale, { email: invitee });
      const sentence = /<strong>(.*)<\/strong>/.exec(mailed)?.[1] ?? "";
      expect(sentence).toContain(invitee);
      await main.getByText(sentence).waitFor({ timeout: 30_000 });
      await page.getByLabel(catalog["settings.members.inviteLink"]).waitFor();
      await main.getByRole("button", { name: catalog["settings.members.copyLink"] }).waitFor();
      const row = list.getByRole("listitem", { name: new RegExp(escapeRegExp(invitee)) });
      await row.getByText(catalog["settings.members.pending"]).waitFor();
      await row.getByRole("button", { name: catalog["settings.members.resendInvite"] }).waitFor();
      expect(await axeFindings(page)).toEqual([]);
      await row.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SCREENSHOT_DIR}/members-${locale}.png` });

      // Removing asks in this language too.
      await row.getByRole("button", { name: catalog["settings.remove"], exact: true }).click();
      const title = formatMessage(catalog["settings.members.removeTitle"], locale, { email: invitee });
      const dialog = page.getByRole("alertdialog", { name: title });
      await dialog.getByText(catalog["settings.members.removeMessage"]).waitFor();
      await dialog.getByRole("button", { name: catalog["settings.members.removeConfirm"] }).click();
      await row.waitFor({ state: "detached" });
    });
  }

  it("adds a passkey in Arabic: when it was added, in Arabic, and its remove button named in Arabic", async () => {
    // WebAuthn refuses IP addresses as RP IDs: this page opens the app as localhost (e2e/passkeys.test.ts).
    const localhost = origin.replace("127.0.0.1", "localhost");
    const english = await newProfile(browser, { baseURL: localhost });
    await signUp(await english.newPage());
    const context = await newProfile(browser, {
      baseURL: localhost,
      locale: "ar-EG",
      storageState: await english.storageState(),
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("WebAuthn.enable");
    await cdp.send("WebAuthn.addVirtualAuthenticator", {
      options: {
        protocol: "ctap2",
        transport: "internal",
        hasResidentKey: true,
        hasUserVerification: true,
        isUserVerified: true,
      },
    });
    await page.goto("/account");
    await page.getByLabel(ar["settings.passkeys.nameLabel"]).fill("Test laptop");
    await page.getByRole("button", { name: arCommon["common.secondFactor.add"] }).click();
    const item = page.locator(".passkey-list li").filter({ hasText: "Test laptop" });
    await item.waitFor();
    const never = ar["settings.passkeys.unused"].split("{added}")[1] ?? "";
    const text = (await item.textContent()) ?? "";
    expect(text).toContain(never);
    // The date is written the Arabic way (day first, right-to-left marks), not the English way ("Dec 3, 2026").
    const now = new Date();
    expect(text).not.toContain(new Intl.DateTimeFormat("en", { month: "short" }).format(now));
    expect(text).toContain("\u200f");
    await item
      .getByRole("button", { name: formatMessage(ar["settings.passkeys.removeLabel"], "ar", { name: "Test laptop" }) })
      .waitFor();
    await page.getByRole("button", { name: ar["settings.passkeys.newRecoveryCodes"] }).waitFor();
    expect(await axeFindings(page)).toEqual([]);
  });

  it("keeps English for an English browser", async () => {
    const context = await newProfile(browser, { baseURL: origin, storageState: adminSession });
    const page = await context.newPage();
    await page.goto("/members");
    await page.getByRole("heading", { name: enCommon["common.page.members"], level: 1 }).waitFor();
    await page.getByRole("heading", { name: en["settings.members.everyone"] }).waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: "en", dir: "ltr" });
  });
});
