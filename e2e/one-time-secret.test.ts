import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { browserFound, launchBrowser, newProfile } from "./browser";
import { createSecret, signUp } from "./flows";

const origin = inject("origin");
let browser: Browser;
let creator: BrowserContext;

beforeAll(async () => {
  if (!browserFound) return;
  browser = await launchBrowser();
  creator = await newProfile(browser, { baseURL: origin });
  await creator.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
});
afterAll(async () => browser?.close());

describe.skipIf(!browserFound)("a one-time secret in a real browser", () => {
  it("is created, copied, viewed once in another profile, then refused", async () => {
    const page = await creator.newPage();
    await signUp(page);
    const link = await createSecret(page, {
      text: "DB_PASSWORD=super_secret_password_123!",
      name: "Production DB Credentials",
    });
    expect(link).toMatch(new RegExp(`^${origin}/s/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$`));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const recipient = await newProfile(browser);
    const view = await recipient.newPage();
    // CSP violations and script errors surface as console errors: the pages must have none.
    const problems: string[] = [];
    for (const p of [page, view]) {
      p.on("console", (message) => message.type() === "error" && problems.push(message.text()));
      p.on("pageerror", (error) => problems.push(error.message));
    }
    await view.goto(link);
    await view.getByText("This is a one-time secret.").waitFor();
    await view.getByRole("button", { name: "View Secret" }).click();
    expect(await view.getByLabel("Secret", { exact: true }).inputValue()).toBe(
      "DB_PASSWORD=super_secret_password_123!",
    );
    await view.getByText("This secret has been permanently deleted").waitFor();
    await view.getByText(/Viewed at/).waitFor();

    await view.reload();
    await view.getByText("Secret not found or has already been viewed").waitFor();
    // Answers like 401 from /api/me (anonymous) or 404 (already viewed) are logged as failed loads; those
    // are expected. Anything else (a CSP violation, an exception) is a defect.
    expect(problems.filter((text) => !text.startsWith("Failed to load resource"))).toEqual([]);
    await recipient.close();
  });

  it("refuses a wrong passphrase without consuming, then opens with the right one", async () => {
    const page = await creator.newPage();
    const link = await createSecret(page, { text: "guarded", passphrase: "a passphrase for the recipient" });
    const recipient = await newProfile(browser);
    const view = await recipient.newPage();
    await view.goto(link);
    await view.getByLabel("Passphrase").fill("not the passphrase");
    await view.getByRole("button", { name: "View Secret" }).click();
    await view.getByText("Incorrect passphrase").waitFor({ timeout: 30_000 });
    await view.getByText("4 attempts left").waitFor();
    await view.getByLabel("Passphrase").fill("a passphrase for the recipient");
    await view.getByRole("button", { name: "View Secret" }).click();
    expect(await view.getByLabel("Secret", { exact: true }).inputValue({ timeout: 30_000 })).toBe("guarded");
    await recipient.close();
  });

  it("says the link is incomplete when its key is cut off", async () => {
    const page = await creator.newPage();
    const link = await createSecret(page, { text: "cut" });
    const view = await (await newProfile(browser)).newPage();
    await view.goto(link.slice(0, -5));
    await view.getByText("This link is incomplete").waitFor();
  });
});
