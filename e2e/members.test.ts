import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { newEmail, signIn } from "./flows";

const origin = inject("origin");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("Members", () => {
  it("shows each member's storage use, and invites through a one-time secret that sets a password", async () => {
    const admin = await (await newProfile(browser, { baseURL: origin })).newPage();
    await signIn(admin, inject("seed").adminEmail);
    await admin.getByRole("link", { name: "Members" }).click();
    // The seeded admin holds one active secret (e2e/seed.ts) until it expires.
    await admin
      .getByText(/active secrets · .* KB of 100 MB/)
      .first()
      .waitFor();

    const invitee = newEmail("invitee");
    await admin.getByLabel("Email").fill(invitee);
    await admin.getByRole("button", { name: "Invite member" }).click();
    await admin.getByText(`${invitee} is invited.`).waitFor({ timeout: 30_000 });
    const inviteLink = await admin.getByLabel("Invite link").inputValue();
    expect(inviteLink).toMatch(new RegExp(`^${origin}/s/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$`));

    // The invitee opens the one-time secret, which holds their setup link, and sets a password there.
    const page = await (await newProfile(browser)).newPage();
    await page.goto(inviteLink);
    await page.getByRole("button", { name: "View Secret" }).click();
    const message = await page.getByLabel("Secret", { exact: true }).inputValue();
    const setupLink = /(http\S+\/setup#\S+)/.exec(message)?.[1] ?? "";
    expect(setupLink.startsWith(`${origin}/setup#`)).toBe(true);
    await page.goto(setupLink);
    await page.getByLabel("New password").fill("a passphrase of my own choosing");
    await page.getByRole("button", { name: "Set password" }).click();
    await page.getByRole("heading", { name: "One-Time Secrets" }).waitFor({ timeout: 30_000 });
    await page.getByText(invitee).first().waitFor();

    await admin.reload();
    await admin.getByText(invitee).waitFor();
    expect(await admin.getByText("Invited, no password yet").count()).toBe(0);
  });
});
