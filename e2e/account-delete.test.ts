// Deleting an account in the browser: one's own from the Account page, a member's from Members.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { createSecret, newEmail, openFromNav, PASSWORD, signIn, signUp } from "./flows";

const origin = inject("origin");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("account deletion", () => {
  it("deletes one's own account after the password, and its links stop working", async () => {
    const page = await (await newProfile(browser, { baseURL: origin })).newPage();
    const email = await signUp(page, newEmail("leaver"));
    const link = await createSecret(page, { text: "gone with the account", name: "Leaving" });

    await openFromNav(page, "Account");
    await page.getByRole("heading", { name: "Delete account" }).waitFor();
    await page.getByRole("button", { name: "Delete account…" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Delete your account?" });
    await dialog.getByLabel("Your password").fill("not my password, but long enough");
    await dialog.getByRole("button", { name: "Delete my account" }).click();
    await dialog.getByText("That password is incorrect.").waitFor();
    await dialog.getByLabel("Your password").fill(PASSWORD);
    await dialog.getByRole("button", { name: "Delete my account" }).click();
    await page.getByRole("heading", { name: "Sign in" }).waitFor({ timeout: 30_000 });

    const stranger = await (await newProfile(browser)).newPage();
    await stranger.goto(link);
    await stranger.getByText("Secret not found or has already been viewed").waitFor();
    // The address signs in no more.
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByText("Email or password is incorrect.").waitFor();
  });

  it("lets an admin delete a member from Members, confirmed with the admin's password", async () => {
    const memberPage = await (await newProfile(browser, { baseURL: origin })).newPage();
    const memberEmail = await signUp(memberPage, newEmail("deleted-member"));
    const admin = await (await newProfile(browser, { baseURL: origin })).newPage();
    await signIn(admin, inject("seed").adminEmail);
    await openFromNav(admin, "Members");
    const row = admin
      .getByRole("list", { name: "Members" })
      .getByRole("listitem", { name: new RegExp(memberEmail.replace(/[.+]/g, "\\$&")) });
    await row.getByRole("button", { name: "Delete account" }).click();
    const dialog = admin.getByRole("alertdialog", { name: `Delete ${memberEmail}'s account?` });
    await dialog.getByLabel("Your password").fill(PASSWORD);
    await dialog.getByRole("button", { name: "Delete account" }).click();
    await row.waitFor({ state: "detached", timeout: 30_000 });
    await memberPage.reload();
    await memberPage.getByRole("heading", { name: "Sign in" }).waitFor();

    await openFromNav(admin, "Audit Logs");
    await admin.getByRole("cell", { name: "Account deleted" }).first().waitFor();
  });
});
