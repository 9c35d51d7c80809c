import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile, VIEWPORTS, type ViewportName } from "./browser";
import { createSecret, createSecretByApi, layoutShift, newEmail, PASSWORD, signUp } from "./flows";

const origin = inject("origin");
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

/** A fresh browser profile: nobody signed in, nothing stored. */
async function stranger(): Promise<Page> {
  return (await newProfile(browser, { baseURL: origin })).newPage();
}

function card(page: Page, name: string) {
  return page.getByRole("article", { name });
}

function storedLinks(page: Page): Promise<Record<string, unknown>> {
  return page.evaluate(() => JSON.parse(localStorage.getItem("oncelink:links") ?? "{}"));
}

describe("the One-Time Secrets dashboard", () => {
  it("shows a view in another profile within seconds, without a reload", async () => {
    const link = await createSecret(dashboard, { text: "watched", name: "Watched secret" });
    expect(await dashboard.evaluate(() => navigator.clipboard.readText())).toBe(link);
    const watched = card(dashboard, "Watched secret");
    await watched.getByText("Active", { exact: true }).waitFor();
    await watched.getByText("Views: 0 of 1").waitFor();
    // The key is masked on screen until asked for; Copy link still copies it whole.
    const field = watched.getByLabel("Share link");
    const key = link.split("#")[1] ?? "";
    expect(await field.inputValue()).not.toContain(key);
    await watched.getByRole("button", { name: "Show key" }).click();
    expect(await field.inputValue()).toBe(link);
    await watched.getByRole("button", { name: "Hide key" }).click();
    expect(await field.inputValue()).not.toContain(key);
    const id = new URL(link).pathname.split("/")[2] ?? "";
    expect(Object.keys(await storedLinks(dashboard))).toContain(id);
    // Survives only if the page is never reloaded.
    await dashboard.evaluate(() => Object.assign(window, { notReloaded: true }));

    const view = await stranger();
    await view.goto(link);
    await view.getByRole("button", { name: "View Secret" }).click();
    expect(await view.getByLabel("Secret", { exact: true }).inputValue()).toBe("watched");

    await watched.getByText("Views: 1 of 1").waitFor({ timeout: 10_000 });
    await watched.getByText("Viewed", { exact: true }).waitFor();
    // Who viewed it: nobody signed in, so "Unknown", with where and on what.
    await watched.getByRole("list", { name: "Who viewed it" }).getByText("Unknown", { exact: true }).waitFor();
    expect(await dashboard.evaluate(() => "notReloaded" in window)).toBe(true);
    // Its key opens nothing any more, so this device forgets it.
    expect(Object.keys(await storedLinks(dashboard))).not.toContain(id);
  });

  it("burns an active secret after asking, and the link stops working", async () => {
    const link = await createSecret(dashboard, { text: "to be burned", name: "Burn me" });
    await card(dashboard, "Burn me").getByRole("button", { name: "Burn" }).click();
    const confirm = dashboard.getByRole("alertdialog", { name: "Burn this secret?" });
    await confirm.getByText("Nobody will be able to open it.").waitFor();
    await confirm.getByRole("button", { name: "Burn secret" }).click();
    await card(dashboard, "Burn me").getByText("Burned", { exact: true }).waitFor();

    const view = await stranger();
    await view.goto(link);
    await view.getByText("Secret not found or has already been viewed").waitFor();
    // Still there, still Burned, after the next refresh has run.
    await dashboard.waitForTimeout(5_000);
    await card(dashboard, "Burn me").getByText("Burned", { exact: true }).waitFor();
  });

  it("sends an anonymous recipient of a require-login secret to sign up and back, key intact", async () => {
    const link = await createSecret(dashboard, { text: "members only", name: "Login first", requireLogin: true });
    const view = await stranger();
    await view.goto(link);
    await view.getByRole("heading", { name: "Sign in to view this secret" }).waitFor();
    await view.getByRole("button", { name: "Sign in to view" }).click();
    await view.getByRole("link", { name: "Create an account" }).click();
    // The sign-in form stays up until the sign-up page has loaded: fill in the right one.
    await view.getByRole("heading", { name: "Create an account" }).waitFor();
    await view.getByLabel("Email").fill(newEmail("recipient"));
    await view.getByLabel("Password").fill(PASSWORD);
    await view.getByRole("button", { name: "Sign up" }).click();

    await view.getByRole("button", { name: "View Secret" }).click();
    expect(view.url()).toBe(link);
    expect(await view.getByLabel("Secret", { exact: true }).inputValue()).toBe("members only");
    await card(dashboard, "Login first").getByText("Viewed", { exact: true }).waitFor({ timeout: 10_000 });
  });

  it("sends an anonymous recipient of a require-login secret to sign in and back, key intact", async () => {
    const link = await createSecret(dashboard, { text: "sign in first", name: "Sign in first", requireLogin: true });
    const view = await stranger();
    await view.goto(link);
    await view.getByRole("heading", { name: "Sign in to view this secret" }).waitFor();
    await view.getByRole("button", { name: "Sign in to view" }).click();
    // An account that already exists: the seeded admin's.
    await view.getByRole("heading", { name: "Sign in", exact: true }).waitFor();
    await view.getByLabel("Email").fill(inject("seed").adminEmail);
    await view.getByLabel("Password").fill(PASSWORD);
    await view.getByRole("button", { name: "Sign in", exact: true }).click();

    await view.getByRole("button", { name: "View Secret" }).click();
    expect(view.url()).toBe(link);
    expect(await view.getByLabel("Secret", { exact: true }).inputValue()).toBe("sign in first");
    await card(dashboard, "Sign in first").getByText("Viewed", { exact: true }).waitFor({ timeout: 10_000 });
  });

  it("tags every option, names a signed-in viewer, and finds secrets by name", async () => {
    const viewer = await stranger();
    const viewerEmail = await signUp(viewer);
    const link = await createSecret(dashboard, {
      text: "tagged",
      name: "Tagged secret",
      passphrase: "correct horse battery",
      requireLogin: true,
      notifyOnView: true,
    });
    const tagged = card(dashboard, "Tagged secret");
    const tags = tagged.getByRole("list", { name: "Options" });
    for (const tag of ["Passphrase", "Login required", "Notifies you"]) await tags.getByText(tag).waitFor();
    await viewer.goto(link);
    await viewer.getByLabel("Passphrase").fill("correct horse battery");
    await viewer.getByRole("button", { name: "View Secret" }).click();
    await viewer.getByLabel("Secret", { exact: true }).waitFor();
    await tagged
      .getByRole("list", { name: "Who viewed it" })
      .getByText(viewerEmail, { exact: true })
      .waitFor({ timeout: 10_000 });

    await dashboard.getByLabel("Search by name").fill("tagged sec");
    await dashboard.getByRole("article").first().waitFor();
    await expect.poll(() => dashboard.getByRole("article").count()).toBe(1);
    await dashboard.getByLabel("Search by name").fill("");
    await expect.poll(() => dashboard.getByRole("article").count()).toBeGreaterThan(1);
  });

  it("drops a burned secret from the Active tab at once and counts it under Burned", async () => {
    await createSecret(dashboard, { text: "short-lived", name: "Burn from the tab" });
    const tabs = dashboard.getByRole("group", { name: "Show secrets by status" });
    await tabs.getByRole("button", { name: /^Active/ }).click();
    const burnedTab = tabs.getByRole("button", { name: /^Burned/ });
    const before = Number((await burnedTab.textContent())?.replace(/\D/g, ""));
    await card(dashboard, "Burn from the tab").getByRole("button", { name: "Burn" }).click();
    await dashboard.getByRole("alertdialog").getByRole("button", { name: "Burn secret" }).click();
    await card(dashboard, "Burn from the tab").waitFor({ state: "detached", timeout: 2_000 });
    expect(Number((await burnedTab.textContent())?.replace(/\D/g, ""))).toBe(before + 1);
    await tabs.getByRole("button", { name: /^All/ }).click();
    await card(dashboard, "Burn from the tab").getByText("Burned", { exact: true }).waitFor();
  });

  for (const size of Object.keys(VIEWPORTS) as ViewportName[]) {
    it(`does not shift its layout while the list loads (${size})`, async () => {
      await createSecretByApi(dashboard, { text: "one of many", name: `Layout check, ${size}` });
      const page = await creator.newPage();
      await page.setViewportSize(VIEWPORTS[size].viewport);
      // The list answers late, as on a slow network, after the page has drawn its frame.
      await page.route("**/api/secrets?*", async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1_000));
        await route.continue();
      });
      await page.goto("/");
      await card(page, `Layout check, ${size}`).waitFor();
      await page.waitForLoadState("networkidle");
      expect(await layoutShift(page)).toBeLessThan(0.1);
      await page.close();
    });
  }

  it("keeps the full link on the creating device and forgets it at sign-out", async () => {
    const link = await createSecret(dashboard, { text: "device bound", name: "Device bound" });
    const elsewhere = await stranger();
    await elsewhere.goto("/signin");
    const email = await dashboard.locator(".shell-email").textContent();
    await elsewhere.getByLabel("Email").fill(email ?? "");
    await elsewhere.getByLabel("Password").fill(PASSWORD);
    await elsewhere.getByRole("button", { name: "Sign in", exact: true }).click();
    const there = card(elsewhere, "Device bound");
    // Without the key a link would only open "incomplete": none is offered, and Burn still is.
    await there.getByText("This browser does not have the key").waitFor();
    expect(await there.getByLabel("Share link").count()).toBe(0);
    expect(await there.getByRole("button", { name: "Copy link" }).count()).toBe(0);
    await there.getByRole("button", { name: "Burn" }).waitFor();

    const page = await creator.newPage();
    await page.goto("/");
    await card(page, "Device bound").getByRole("button", { name: "Show key" }).click();
    expect(await card(page, "Device bound").getByLabel("Share link").inputValue()).toBe(link);
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    // The dashboard's other tab follows the sign-out, and forgets the links from its side too: a write
    // of its older copy that raced this tab's sign-out cannot bring a key back.
    await dashboard.getByRole("heading", { name: "Sign in" }).waitFor();
    await expect.poll(() => storedLinks(page)).toEqual({});
    // The other tab shows sign-in before its full load to /signin ends: read it once that load is over.
    await expect.poll(() => storedLinks(dashboard).catch((error: Error) => error.message)).toEqual({});
  });
});
