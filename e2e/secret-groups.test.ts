// One secret for many recipients (PROTOCOL 8.2) in real browsers: the creator makes one link per
// recipient, each recipient opens only their own (mailed to them alone), and the dashboard shows the group
// as one item with every recipient's receipt; "Burn all" ends every link still active.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { mailTo, newEmail, signUp, verificationLinkTo } from "./flows";

const origin = inject("origin");
const LINK = new RegExp(`^${origin}/s/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$`);
let browser: Browser;
let creator: BrowserContext;
let dashboard: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  creator = await newProfile(browser, { baseURL: origin });
  await creator.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  dashboard = await creator.newPage();
  await signUp(dashboard);
});
afterAll(async () => browser?.close());

/** Fills the create dialog in "Separate link per recipient" mode, up to the Create Links button. */
async function fillGroupForm(page: Page, fields: { text: string; name: string; emails?: string[]; count?: number }) {
  if (new URL(page.url()).pathname !== "/") await page.goto("/");
  await page.getByRole("button", { name: "+ Create Secret" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Secret Text").fill(fields.text);
  await dialog.getByLabel("Name").fill(fields.name);
  await dialog.getByText("More options").click();
  await dialog.getByLabel("Separate link per recipient").check();
  if (fields.emails) await dialog.getByLabel("Recipient emails").fill(fields.emails.join("\n"));
  if (fields.count) await dialog.getByLabel("Number of links").fill(String(fields.count));
  return dialog;
}

/** A verified account in a browser profile of its own, as a recipient would have. */
async function verifiedRecipient(email: string): Promise<Page> {
  const page = await (await newProfile(browser, { baseURL: origin })).newPage();
  await signUp(page, email);
  await page.goto(await verificationLinkTo(browser, email));
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await page.getByText(`${email} is verified.`).waitFor();
  return page;
}

async function openOnce(page: Page, link: string): Promise<string> {
  await page.goto(link);
  await page.getByRole("button", { name: "View Secret" }).click();
  return page.getByLabel("Secret", { exact: true }).inputValue({ timeout: 30_000 });
}

/** The whole link loaded anew (not a same-page jump to its #key): it no longer opens. */
async function openedAgain(page: Page, link: string): Promise<void> {
  await page.goto("about:blank");
  await page.goto(link);
  await page.getByText("Secret not found or has already been viewed").waitFor();
}

/** axe-core's serious and critical findings, by rule id (e2e/accessibility.test.ts checks every screen so). */
async function seriousAxeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((found) => ["serious", "critical"].includes(found.impact ?? "")).map((found) => found.id);
}

function groupCard(page: Page, name: string) {
  return page.getByRole("article", { name });
}

describe("one secret, a separate link per recipient", () => {
  it("gives three recipients a link each, mailed to each alone, opened once each, receipts on the dashboard", async () => {
    const emails = [newEmail("first"), newEmail("second"), newEmail("third")];
    // The recipients sign up first: the links are for their accounts only (require login).
    const recipients = await Promise.all(emails.map(verifiedRecipient));

    const dialog = await fillGroupForm(dashboard, { text: "STAGING_DB=pa55word", name: "Staging DB", emails });
    expect(await dialog.getByLabel("Max views").isDisabled()).toBe(true);
    await dialog.getByLabel("Require login to view").check();
    await dialog.getByLabel("Send via email").check();
    expect(await seriousAxeFindings(dashboard)).toEqual([]);
    await dialog.getByRole("button", { name: "Create Links" }).click();
    await dialog.getByText("3 links created.").waitFor({ timeout: 30_000 });
    await dialog.getByText("Each recipient was emailed their link (3).").waitFor();
    const links: string[] = [];
    for (const email of emails) links.push(await dialog.getByLabel(`Link for ${email}`, { exact: true }).inputValue());
    for (const link of links) expect(link).toMatch(LINK);
    expect(new Set(links.map((link) => link.split("#")[1])).size).toBe(3);
    expect(await seriousAxeFindings(dashboard)).toEqual([]);
    await dialog.getByRole("button", { name: `Copy Link for ${emails[1]}` }).click();
    expect(await dashboard.evaluate(() => navigator.clipboard.readText())).toBe(links[1]);
    await dialog.getByRole("button", { name: "Done" }).click();

    // Each recipient's mail holds their own link and no other.
    for (const [k, email] of emails.entries()) {
      const mail = await mailTo(browser, email, "shared a secret with you");
      expect(mail).toContain(links[k]);
      for (const other of links.filter((_, j) => j !== k)) expect(mail).not.toContain(other.split("#")[0]);
    }

    // Another recipient's link does not open for the first recipient, and is not used up by trying.
    const [first, second, third] = recipients as [Page, Page, Page];
    await first.goto(links[1] ?? "");
    await first.getByRole("button", { name: "View Secret" }).click();
    await first.getByText("Sign in with the account it was meant for").waitFor();

    for (const [k, page] of [first, second, third].entries()) {
      expect(await openOnce(page, links[k] ?? "")).toBe("STAGING_DB=pa55word");
      await openedAgain(page, links[k] ?? "");
    }

    // One item for the group, a receipt per recipient: status, views and who viewed it.
    await dashboard.goto("/");
    const card = groupCard(dashboard, "Staging DB");
    for (const email of emails) {
      const row = card.getByRole("region", { name: email });
      await row.getByText("Viewed", { exact: true }).waitFor({ timeout: 15_000 });
      await row.getByText("Views: 1 of 1").waitFor();
      await row.getByRole("list", { name: "Who viewed it" }).getByText(email, { exact: true }).waitFor();
    }
    await card.getByText("3 links · 3 viewed").waitFor();
    expect(await seriousAxeFindings(dashboard)).toEqual([]);
    expect(await card.getByRole("button", { name: "Burn all" }).count()).toBe(0);
    // The group's links are not listed again as single secrets.
    expect(await dashboard.getByRole("article").count()).toBe(1);
    await dashboard.getByText("No single secrets yet: your groups are above.").waitFor();
  });

  it("makes links for a count without emails, and Burn all ends every link still active", async () => {
    const dialog = await fillGroupForm(dashboard, { text: "for whoever asks", name: "Counted", count: 3 });
    // Every option applies to each link: here a passphrase, stretched once per link.
    await dialog.getByLabel("Passphrase").fill("one passphrase for all");
    // Nobody to mail: a count has no addresses.
    expect(await dialog.getByLabel("Send via email").isDisabled()).toBe(true);
    await dialog.getByRole("button", { name: "Create Links" }).click();
    await dialog.getByText("3 links created.").waitFor({ timeout: 30_000 });
    const links: string[] = [];
    for (const k of [1, 2, 3]) links.push(await dialog.getByLabel(`Link ${k}`, { exact: true }).inputValue());
    for (const link of links) expect(link).toMatch(LINK);
    await dialog.getByRole("button", { name: "Done" }).click();

    const anyone = await (await newProfile(browser)).newPage();
    await anyone.goto(links[0] ?? "");
    await anyone.getByLabel("Passphrase").fill("one passphrase for all");
    await anyone.getByRole("button", { name: "View Secret" }).click();
    expect(await anyone.getByLabel("Secret", { exact: true }).inputValue({ timeout: 30_000 })).toBe("for whoever asks");

    const card = groupCard(dashboard, "Counted");
    await card
      .getByRole("region", { name: "Link 1" })
      .getByText("Viewed", { exact: true })
      .waitFor({ timeout: 15_000 });
    await card.getByRole("button", { name: "Burn all" }).click();
    const confirm = dashboard.getByRole("alertdialog", { name: "Burn every link of this group?" });
    await confirm.getByRole("button", { name: "Burn all" }).click();
    await confirm.waitFor({ state: "hidden" });
    for (const name of ["Link 2", "Link 3"]) {
      await card.getByRole("region", { name }).getByText("Burned", { exact: true }).waitFor();
    }
    await card.getByRole("region", { name: "Link 1" }).getByText("Viewed", { exact: true }).waitFor();
    await card.getByText("3 links · 1 viewed · 2 burned").waitFor();

    for (const link of links) await openedAgain(anyone, link);
  });

  it("refuses more than 50 links in the form, and creates nothing", async () => {
    await dashboard.goto("/");
    await groupCard(dashboard, "Counted").waitFor();
    const before = await dashboard.getByRole("article").count();
    const dialog = await fillGroupForm(dashboard, { text: "too many", name: "Too many", count: 51 });
    await dialog.getByRole("button", { name: "Create Links" }).click();
    await dialog.getByText("A group holds at most 50 links; this would make 51.").waitFor();
    const emails = Array.from({ length: 51 }, (_, k) => `r${k}@example.com`);
    await dialog.getByLabel("Recipient emails").fill(emails.join(", "));
    await dialog.getByRole("button", { name: "Create Links" }).click();
    await dialog.getByText("A group holds at most 50 links; this would make 51.").waitFor();
    await dialog.getByRole("button", { name: "Close" }).click();
    await dashboard.reload();
    await dashboard.getByRole("heading", { name: "Your Secrets" }).waitFor();
    await groupCard(dashboard, "Counted").waitFor();
    expect(await dashboard.getByRole("article").count()).toBe(before);
    expect(await groupCard(dashboard, "Too many").count()).toBe(0);
  });
});
