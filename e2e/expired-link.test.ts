// Runs after every other file (see vitest.e2e.config.ts), so the secret seeded with a minute's expiry
// before the suite began has usually expired already; the wait below covers a suite quicker than that.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { createSecret, signIn, signUp } from "./flows";

const origin = inject("origin");
const { adminEmail, expiring } = inject("seed");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

const MINUTE = 60_000;

describe("an expired link", () => {
  it(
    "says the secret has expired and offers nothing to view, on the page and on the dashboard",
    async () => {
      const left = Date.parse(expiring.expiresAt) - Date.now();
      const view = await (await newProfile(browser)).newPage();
      await view.goto(expiring.link);
      // Opened early, the page counts down and asks the server again when the time is up; opened late,
      // the server's first answer is already 410. Either way the same page ends it.
      await view.getByText("This secret has expired").waitFor({ timeout: Math.max(0, left) + 20_000 });
      expect(await view.getByRole("button", { name: "View Secret" }).count()).toBe(0);
      expect(await view.getByText("This is a one-time secret.").count()).toBe(0);

      const dashboard = await (await newProfile(browser, { baseURL: origin })).newPage();
      await signIn(dashboard, adminEmail);
      const tabs = dashboard.getByRole("group", { name: "Show secrets by status" });
      await tabs.getByRole("button", { name: /^Expired/ }).click();
      const card = dashboard.getByRole("article", { name: "Expires in a minute" });
      await card.getByText("Expired", { exact: true }).waitFor();
      await card.getByText("It expired unopened; the secret is deleted.").waitFor();
      // Room for the whole minute when this file runs alone.
    },
    2 * MINUTE,
  );

  it("is not declared expired by a recipient whose clock runs fast: the server decides", async () => {
    const creator = await newProfile(browser, { baseURL: origin });
    const page = await creator.newPage();
    await signUp(page);
    const link = await createSecret(page, { text: "still here", expiresIn: "5 minutes" });

    // This device believes the five minutes ended long ago.
    const recipient = await newProfile(browser);
    const view = await recipient.newPage();
    await view.clock.install({ time: Date.now() + 10 * MINUTE });
    await view.goto(link);
    await view.getByText("This is a one-time secret.").waitFor();
    // Run past the moment the page asks the server, and past its next check.
    await view.clock.runFor(20_000);
    await view.waitForTimeout(500);
    expect(await view.getByText("This secret has expired").count()).toBe(0);
    await view.getByRole("button", { name: "View Secret" }).click();
    expect(await view.getByLabel("Secret", { exact: true }).inputValue()).toBe("still here");
  });
});
