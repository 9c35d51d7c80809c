import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { PASSWORD, signIn, signUp } from "./flows";

const origin = inject("origin");
const NEW_PASSWORD = "copper lantern meadow violin 77";
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function device(): Promise<Page> {
  return (await newProfile(browser, { baseURL: origin })).newPage();
}

async function changePassword(page: Page, current: string, next: string): Promise<void> {
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel("New password").fill(next);
  await page.getByRole("button", { name: "Change password" }).click();
}

describe("the Account page", () => {
  it("changes the password with the current one, signs out every other session, and the new one signs in", async () => {
    const page = await device();
    const email = await signUp(page);
    // Another device, signed in before the change, left on its dashboard.
    const elsewhere = await device();
    await signIn(elsewhere, email);

    await page.getByRole("link", { name: "Account" }).click();
    await page.getByRole("heading", { name: "Account", level: 1 }).waitFor();
    expect(await page.getByRole("link", { name: "Account" }).getAttribute("aria-current")).toBe("page");
    const main = page.getByRole("main");
    // In the details, not the banner that asks this new account to verify the same address.
    await main.getByRole("definition").getByText(email, { exact: true }).waitFor();
    await main.getByRole("definition").getByText("Not yet", { exact: true }).waitFor();
    // The seed's account is the deployment's first, hence its admin; this one is a member.
    await main.getByText("Member", { exact: true }).waitFor();
    expect(await page.getByLabel("Current password").getAttribute("autocomplete")).toBe("current-password");
    expect(await page.getByLabel("New password").getAttribute("autocomplete")).toBe("new-password");

    await changePassword(page, "not my password at all", NEW_PASSWORD);
    await page.getByRole("alert").getByText("The current password is incorrect.").waitFor();
    // A refused new password reads as the server's sentence, without the field name in front.
    await changePassword(page, PASSWORD, "abcabcabcabcabcabc");
    expect(await page.getByRole("alert").textContent()).toBe("This password is too repetitive.");

    await changePassword(page, PASSWORD, NEW_PASSWORD);
    await page.getByText("Password changed. You were signed out everywhere else.").waitFor();
    expect(await page.getByLabel("Current password").inputValue()).toBe("");

    // The other device's next dashboard refresh (every 4 s) finds its session ended, and so does a reload.
    await elsewhere.getByRole("heading", { name: "Sign in" }).waitFor({ timeout: 10_000 });
    await elsewhere.goto("/");
    await elsewhere.getByRole("heading", { name: "Sign in" }).waitFor();
    // This device goes on with the fresh session the change gave it.
    await page.reload();
    await page.getByRole("heading", { name: "Change password" }).waitFor();

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByText("Email or password is incorrect.").waitFor();
    await page.getByLabel("Password").fill(NEW_PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("heading", { name: "Your Secrets" }).waitFor();
  });
});
