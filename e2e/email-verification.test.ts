import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { createSecret, newEmail, signUp, verificationLinkTo } from "./flows";

const origin = inject("origin");
let browser: Browser;
let creator: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  creator = await (await newProfile(browser, { baseURL: origin })).newPage();
  await signUp(creator);
});
afterAll(async () => browser?.close());

async function person(): Promise<Page> {
  return (await newProfile(browser, { baseURL: origin })).newPage();
}

describe("email verification in a real browser", () => {
  it("opens a secret for its named recipient only once the recipient has verified the address", async () => {
    const recipientEmail = newEmail("recipient");
    const link = await createSecret(creator, {
      text: "for the new hire",
      recipientEmail,
      requireLogin: true,
    });
    const recipient = await person();
    await signUp(recipient, recipientEmail);
    await recipient.goto(link);
    await recipient.getByRole("button", { name: "View Secret" }).click();
    await recipient.getByText("Verify your email address to open this secret.").waitFor();

    // The mailed link, opened in the same browser: the token leaves the address bar at once, and
    // nothing is verified until the owner confirms.
    await recipient.goto(await verificationLinkTo(browser, recipientEmail));
    await recipient.getByRole("button", { name: "Confirm my address" }).waitFor();
    expect(new URL(recipient.url()).hash).toBe("");
    await recipient.getByRole("button", { name: "Confirm my address" }).click();
    await recipient.getByText(`${recipientEmail} is verified.`).waitFor();

    await recipient.goto(link);
    await recipient.getByRole("button", { name: "View Secret" }).click();
    expect(await recipient.getByLabel("Secret", { exact: true }).inputValue()).toBe("for the new hire");
  });

  it("mails a new link from the banner's Resend, and only the new link verifies", async () => {
    const page = await person();
    const email = await signUp(page);
    const banner = page.getByText(`Check your inbox to verify ${email}.`);
    await banner.waitFor();
    const first = await verificationLinkTo(browser, email);

    await page.goto("/");
    await page.getByRole("button", { name: "Resend" }).click();
    await page.getByText("Sent. The newest link is the one that works.").waitFor();
    const second = await verificationLinkTo(browser, email);
    expect(second).not.toBe(first);

    // Each mailed link opens in a tab of its own, as a mail client opens it.
    const stale = await page.context().newPage();
    await stale.goto(first);
    await stale.getByRole("button", { name: "Confirm my address" }).click();
    await stale.getByText("This verification link is invalid or has expired.").waitFor();
    const fresh = await page.context().newPage();
    await fresh.goto(second);
    await fresh.getByRole("button", { name: "Confirm my address" }).click();
    await fresh.getByText(`${email} is verified.`).waitFor();
    await fresh.getByRole("link", { name: "Go to your secrets" }).click();
    await fresh.getByRole("heading", { name: "Your Secrets" }).waitFor();
    expect(await fresh.getByText(`Check your inbox to verify ${email}.`).count()).toBe(0);
  });
});
