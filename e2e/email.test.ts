import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { createSecret, mailTo, newEmail, signUp } from "./flows";

const origin = inject("origin");
let browser: Browser;
let creator: BrowserContext;
let page: Page;
let creatorEmail: string;

beforeAll(async () => {
  browser = await launchBrowser();
  creator = await newProfile(browser, { baseURL: origin });
  await creator.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  page = await creator.newPage();
  creatorEmail = await signUp(page);
});
afterAll(async () => browser?.close());

it("the dev outbox answers no profile that claims another address", async () => {
  const outbox = await creator.newPage();
  expect((await outbox.goto("/dev/outbox"))?.status()).toBe(404);
});

describe("email from the create form", () => {
  it("mails the full link to the recipient and says so", async () => {
    const recipientEmail = newEmail("mailed");
    const dialog = page.getByRole("dialog");
    await page.goto("/");
    await page.getByRole("button", { name: "+ Create Secret" }).click();
    // Nobody to mail yet.
    await dialog.getByText("More options").click();
    expect(await dialog.getByLabel("Send via email").isDisabled()).toBe(true);
    await dialog.getByRole("button", { name: "Close" }).click();

    const link = await createSecret(page, { text: "mailed secret", name: "Mailed", recipientEmail, sendByEmail: true });
    await page.getByRole("article", { name: "Mailed" }).getByText(`For ${recipientEmail}`).waitFor();

    expect(await mailTo(browser, recipientEmail, "shared a secret with you")).toContain(link);
  });

  it("mails the creator when the secret is viewed, without its content", async () => {
    const link = await createSecret(page, { text: "watched content", name: "Watched by mail", notifyOnView: true });
    await page.getByRole("article", { name: "Watched by mail" }).getByText("Notifies you").waitFor();

    const view = await (await newProfile(browser)).newPage();
    await view.goto(link);
    await view.getByRole("button", { name: "View Secret" }).click();
    await view.getByLabel("Secret", { exact: true }).waitFor();

    const notice = await mailTo(browser, creatorEmail, "was viewed");
    expect(notice).toContain('Your secret "Watched by mail" was viewed.');
    expect(notice).toContain("By: Unknown");
    expect(notice).not.toContain("watched content");
  });
});
