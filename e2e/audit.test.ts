import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile, VIEWPORTS } from "./browser";
import { auditRow, createSecret, openAuditLogs, signIn, signUp, waitForAuditRow } from "./flows";

const origin = inject("origin");
let browser: Browser;
let creator: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  creator = await newProfile(browser, { baseURL: origin });
  await creator.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  page = await creator.newPage();
  await signUp(page);
});
afterAll(async () => browser?.close());

/** The body rows of the audit table, and how many of them show this action. */
async function rowsWithAction(page: Page, action: string): Promise<{ all: number; matching: number }> {
  const rows = page.getByRole("table").locator("tbody").getByRole("row");
  const matching = rows.filter({ has: page.getByRole("cell", { name: action, exact: true }) });
  return { all: await rows.count(), matching: await matching.count() };
}

describe("the Audit Logs page", () => {
  it("shows the tutorial's create and anonymous view, and narrows to views with the Action filter", async () => {
    await page.goto("/");
    await page.getByRole("button", { name: "+ Create Secret" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Secret Text").fill("DB_PASSWORD=super_secret_password_123!");
    await dialog.getByLabel("Name").fill("Production DB Credentials");
    await dialog.getByLabel("Expires in").selectOption({ label: "1 hour" });
    await dialog.getByRole("button", { name: "Create Secret", exact: true }).click();
    const link = await dialog.getByLabel("Share link").inputValue({ timeout: 30_000 });
    await dialog.getByRole("button", { name: "Done" }).click();

    const recipient = await newProfile(browser);
    const view = await recipient.newPage();
    await view.goto(link);
    await view.getByRole("button", { name: "View Secret" }).click();
    expect(await view.getByLabel("Secret", { exact: true }).inputValue()).toBe(
      "DB_PASSWORD=super_secret_password_123!",
    );
    await recipient.close();

    await openAuditLogs(page);
    const viewRow = auditRow(page, "View", "Production DB Credentials");
    await waitForAuditRow(page, viewRow);
    await auditRow(page, "Create", "Production DB Credentials").waitFor();
    // The recipient was not signed in; the User column (the fourth) says so.
    const user = viewRow.getByRole("cell", { name: "Unknown", exact: true });
    expect(await user.evaluate((cell) => (cell as HTMLTableCellElement).cellIndex)).toBe(3);

    // No Details button on every row: the action itself unfolds the event in place, in words.
    expect(await page.getByRole("button", { name: "Details" }).count()).toBe(0);
    const toggle = viewRow.getByRole("button", { name: "View" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.click();
    expect(await toggle.getAttribute("aria-expanded")).toBe("true");
    const facts = page.locator(`#${await toggle.getAttribute("aria-controls")}`);
    await facts.getByText("Unknown (not signed in)").waitFor();
    await facts.getByText("No views left: deleted").waitFor();
    expect(await facts.getByText("remainingViews").count()).toBe(0);
    await toggle.click();
    await facts.waitFor({ state: "detached" });

    await page.getByLabel("Action", { exact: true }).selectOption({ label: "View" });
    // The filter is in the address: reloading, bookmarking or sharing it shows the same view.
    await page.waitForURL(/\/audit\?action=view$/);
    await page.reload();
    await page.getByText("Loading events…").waitFor({ state: "detached" });
    expect(await page.getByLabel("Action", { exact: true }).inputValue()).toBe("view");
    await auditRow(page, "Create", "Production DB Credentials").waitFor({ state: "detached" });
    await viewRow.waitFor();
    const views = await rowsWithAction(page, "View");
    expect(views.all).toBeGreaterThan(0);
    expect(views.matching).toBe(views.all);

    // Export CSV saves what the filters show: views only.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: "Export CSV" }).click(),
    ]);
    const [header, ...lines] = (await readFile((await download.path()) ?? "", "utf8")).trim().split("\r\n");
    expect(header).toMatch(/^"id","time_utc","action"/);
    expect(lines.length).toBe(views.all);
    for (const line of lines) expect(line).toMatch(/^"[^"]*","[^"]*","view",/);
    expect(lines.some((line) => line.includes('"Production DB Credentials"'))).toBe(true);
  });

  it("renders a secret name that looks like markup as text, in the dashboard and the audit table", async () => {
    const name = "<img src=x onerror=alert(1)>";
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss();
    });
    await createSecret(page, { text: "harmless", name });
    const card = page.getByRole("article", { name });
    expect(await card.getByRole("heading").textContent()).toBe(name);

    await openAuditLogs(page);
    const row = auditRow(page, "Create", name);
    await waitForAuditRow(page, row);
    expect(await row.getByText(name, { exact: true }).textContent()).toBe(name);
    await row.getByRole("button", { name: "Create" }).click();
    await page.locator(".audit-facts-row").getByText("Opens 1 time").waitFor();

    // Nothing the name says became an element, and nothing ran.
    expect(await page.locator("img").count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it("offers the whole deployment and the integrity check to an admin only", async () => {
    // This suite's account came after the seeded admin (e2e/seed.ts), so it is a member.
    await openAuditLogs(page);
    expect(await page.getByLabel("All accounts").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Verify integrity" }).count()).toBe(0);

    const admin = await (await newProfile(browser, { baseURL: origin })).newPage();
    await signIn(admin, inject("seed").adminEmail);
    await openAuditLogs(admin);
    await admin.getByRole("button", { name: "Verify integrity" }).click();
    await admin.getByText(/^Chain intact: \d+ events? checked\./).waitFor({ timeout: 30_000 });
    await admin.getByLabel("All accounts").check();
    await admin.getByText("Loading events…").waitFor({ state: "detached" });
    expect(await admin.getByRole("link", { name: "Export CSV" }).getAttribute("href")).toContain("scope=all");
    // Every account's events: the member's secret is there too.
    await auditRow(admin, "Create", "Production DB Credentials").first().waitFor();
  });

  it("folds the filters away on a phone, and opens a shared filtered address as it was", async () => {
    const phone = await (await newProfile(browser, { ...VIEWPORTS.phone, baseURL: origin })).newPage();
    await signIn(phone, inject("seed").adminEmail);
    await phone.goto("/audit?action=login&result=success");
    await phone.getByText("Loading events…").waitFor({ state: "detached" });
    const action = phone.getByLabel("Action", { exact: true });
    expect(await action.isVisible()).toBe(false);
    await phone.getByText("Filters (2 on)").click();
    expect(await action.isVisible()).toBe(true);
    expect(await action.inputValue()).toBe("login");
    expect(await phone.getByLabel("Result").inputValue()).toBe("success");
    await phone
      .getByRole("row")
      .filter({ has: phone.getByRole("cell", { name: "Sign-in", exact: true }) })
      .first()
      .waitFor();
    await phone.context().close();
  });
});
