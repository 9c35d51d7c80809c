import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { mailTo, newEmail, signIn, signUp } from "./flows";

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
    // The seeded admin holds one active secret (e2e/seed.ts) until it expires; sizes come from Intl's units.
    await admin
      .getByText(/active secrets · [\d,.]+ (bytes?|kB|MB) of 1 GB/)
      .first()
      .waitFor();

    const invitee = newEmail("invitee");
    await admin.getByLabel("Email").fill(invitee);
    await admin.getByRole("button", { name: "Invite member" }).click();
    await admin.getByText(`Invite mailed to ${invitee}.`).waitFor({ timeout: 30_000 });
    const inviteLink = await admin.getByLabel("Invite link").inputValue();
    expect(inviteLink).toMatch(new RegExp(`^${origin}/s/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$`));
    // The invitee's mail carries the same one-time link (the setup link itself stays sealed inside it).
    const mail = await mailTo(browser, invitee, "invited you to Oncelink");
    expect(mail).toContain(inviteLink);
    expect(mail).not.toContain("/setup#");

    // The invitee opens the one-time secret, which holds their setup link, and sets a password there.
    const page = await (await newProfile(browser)).newPage();
    await page.goto(inviteLink);
    await page.getByRole("button", { name: "View Secret" }).click();
    const message = await page.getByLabel("Secret", { exact: true }).inputValue();
    const setupLink = /(http\S+\/setup#\S+)/.exec(message)?.[1] ?? "";
    expect(setupLink.startsWith(`${origin}/setup#`)).toBe(true);
    await page.goto(setupLink);
    // The page says which account it sets up.
    await page.getByText(invitee, { exact: true }).waitFor();
    await page.getByLabel("New password").fill("a passphrase of my own choosing");
    await page.getByRole("button", { name: "Set password" }).click();
    await page.getByRole("heading", { name: "One-Time Secrets" }).waitFor({ timeout: 30_000 });
    await page.getByText(invitee).first().waitFor();

    await admin.reload();
    // Other suites invite members to the same account at the same time: only the invitee's row counts.
    const row = admin.getByRole("listitem").filter({ hasText: invitee });
    await row.waitFor();
    expect(await row.getByText("Invited, no password yet").count()).toBe(0);
  });

  it("changes roles, resends invites and removes members from aligned rows; the last admin stays", async () => {
    const admin = await (await newProfile(browser, { baseURL: origin })).newPage();
    const memberPage = await (await newProfile(browser, { baseURL: origin })).newPage();
    const memberEmail = await signUp(memberPage);
    await signIn(admin, inject("seed").adminEmail);
    await admin.getByRole("link", { name: "Members" }).click();
    const rows = admin.getByRole("list", { name: "Members" });
    const row = (email: string) => rows.getByRole("listitem", { name: new RegExp(email.replace(/[.+]/g, "\\$&")) });

    await row(memberEmail).getByRole("button", { name: "Make admin" }).click();
    await row(memberEmail).getByText("Admin", { exact: true }).waitFor();
    await row(memberEmail).getByRole("button", { name: "Make member" }).click();
    await row(memberEmail).getByText("Member", { exact: true }).waitFor();

    // The seeded admin is the only one: demoting it is refused, in words, at its row.
    const self = row(inject("seed").adminEmail);
    await self.getByRole("button", { name: "Make member" }).click();
    await self.getByText(/last admin/).waitFor();

    const invitee = newEmail("resend");
    await admin.getByLabel("Email").fill(invitee);
    await admin.getByRole("button", { name: "Invite member" }).click();
    await admin.getByText(`Invite mailed to ${invitee}.`).waitFor({ timeout: 30_000 });
    await row(invitee).getByRole("button", { name: "Resend invite" }).click();
    await row(invitee).getByText(`Invite mailed to ${invitee}.`).waitFor({ timeout: 30_000 });

    await row(memberEmail).getByRole("button", { name: "Remove" }).click();
    await admin.getByRole("alertdialog").getByRole("button", { name: "Remove member" }).click();
    await row(memberEmail).waitFor({ state: "detached" });
    // Their session ended with the account.
    await memberPage.reload();
    await memberPage.getByRole("heading", { name: "Sign in" }).waitFor();

    await admin.getByRole("link", { name: "Audit Logs" }).click();
    for (const action of ["Role changed", "Member removed"]) {
      await admin.getByRole("cell", { name: action }).first().waitFor();
    }
  });
});
