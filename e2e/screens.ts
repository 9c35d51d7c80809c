// The main screens of the app, reached the way a person reaches them, for the suites that look at each
// one in turn (screenshots, accessibility). An account with some history makes them look lived in.
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { inject } from "vitest";
import { newProfile } from "./browser";
import { createSecretByApi, openFromNav, PASSWORD, signIn, signUp } from "./flows";

export const SCREENS = [
  "front-page",
  "sign-up",
  "sign-in",
  "dashboard",
  "create-form",
  "created-link",
  "dashboard-own-link",
  "recipient-warning",
  "revealed-secret",
  "error-page",
  "audit-logs",
  "audit-event",
  "tokens",
  "account",
  "members",
  "setup",
] as const;
export type ScreenName = (typeof SCREENS)[number];

/** Signs up an account with active, viewed and burned secrets, tagged ones, and an API token. */
export async function accountWithHistory(browser: Browser, origin: string): Promise<string> {
  const profile = await newProfile(browser, { baseURL: origin });
  const page = await profile.newPage();
  const email = await signUp(page);
  await createSecretByApi(page, { text: "sk_live_0000", name: "Stripe API key", recipientEmail: "vendor@example.com" });
  await createSecretByApi(page, { text: "hunter2", name: "Wi-Fi password", maxViews: 3, notifyOnView: true });
  await createSecretByApi(page, { text: "pa55", name: "Payroll login", passphrase: "long enough", requireLogin: true });
  const viewed = await createSecretByApi(page, { text: "ssh-ed25519 AAAA…", name: "Staging SSH key" });
  const burned = await createSecretByApi(page, { text: "old", name: "Old VPN config", expiresIn: 86_400 });
  const headers = { origin };
  await page.request.delete(`${origin}/api/secrets/${new URL(burned).pathname.split("/")[2]}`, { headers });
  await page.request.post(`${origin}/api/tokens`, { headers, data: { name: "deploy script" } });

  const viewer = await (await newProfile(browser)).newPage();
  await viewer.goto(viewed);
  await viewer.getByRole("button", { name: "View Secret" }).click();
  await viewer.getByLabel("Secret", { exact: true }).waitFor();
  await viewer.context().close();
  await profile.close();
  return email;
}

/**
 * Walks every screen of SCREENS in order, in fresh profiles made with `options` (a viewport, a colour
 * scheme), and calls `visit` once each has settled.
 */
export async function walkScreens(
  browser: Browser,
  origin: string,
  email: string,
  options: BrowserContextOptions,
  visit: (screen: ScreenName, page: Page) => Promise<void>,
): Promise<void> {
  const profile = await newProfile(browser, { ...options, baseURL: origin });
  const recipient = await newProfile(browser, options);
  try {
    const page = await profile.newPage();
    await page.goto("/");
    await page.getByText("Share passwords and API keys through links that open once.").waitFor();
    await visit("front-page", page);

    await page.goto("/signup");
    await page.getByRole("heading", { name: "Create an account" }).waitFor();
    await visit("sign-up", page);

    await page.goto("/signin");
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await visit("sign-in", page);

    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await page.getByRole("article").first().waitFor();
    await visit("dashboard", page);

    await page.getByRole("button", { name: "+ Create Secret" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Secret Text").fill("DB_PASSWORD=super_secret_password_123!");
    await dialog.getByLabel("Name").fill("Production DB Credentials");
    await visit("create-form", page);

    await dialog.getByRole("button", { name: "Create Secret", exact: true }).click();
    await dialog.getByText("Secret created.").waitFor({ timeout: 30_000 });
    await dialog.getByRole("button", { name: "Show QR code" }).click();
    await dialog.getByRole("img", { name: "QR code of the link, to open it on a phone" }).waitFor();
    const link = await dialog.getByLabel("Share link").inputValue();
    await visit("created-link", page);
    await dialog.getByRole("button", { name: "Done" }).click();
    await dialog.waitFor({ state: "hidden" });
    // This browser made it, so its row has the link, the key masked.
    await page.getByRole("article", { name: "Production DB Credentials" }).getByLabel("Share link").waitFor();
    await visit("dashboard-own-link", page);

    const view = await recipient.newPage();
    await view.goto(link);
    await view.getByRole("button", { name: "View Secret" }).waitFor();
    await visit("recipient-warning", view);
    await view.getByRole("button", { name: "View Secret" }).click();
    await view.getByLabel("Secret", { exact: true }).waitFor();
    await visit("revealed-secret", view);
    await view.reload();
    await view.getByText("Secret not found or has already been viewed").waitFor();
    await visit("error-page", view);

    await openFromNav(page, "Audit Logs");
    await page.getByRole("table").waitFor();
    await visit("audit-logs", page);
    await page.getByRole("table").getByRole("button", { expanded: false }).first().click();
    await page.locator(".audit-facts-row").waitFor();
    await visit("audit-event", page);

    await openFromNav(page, "API Tokens");
    await page.getByRole("heading", { name: "Your tokens" }).waitFor();
    await page.getByText("Loading…").waitFor({ state: "detached" });
    await visit("tokens", page);

    await openFromNav(page, "Account");
    await page.getByRole("heading", { name: "Change password" }).waitFor();
    await visit("account", page);

    // Members is an admin's page: the seeded admin's, in a profile of its own.
    const admin = await (await newProfile(browser, { ...options, baseURL: origin })).newPage();
    await signIn(admin, inject("seed").adminEmail);
    await openFromNav(admin, "Members");
    await admin.getByRole("list", { name: "Members" }).waitFor();
    await visit("members", admin);

    // The page an invitee sets a password on, from the setup link of an invite the admin just made.
    const invited = await admin.request.post(`${origin}/api/users`, {
      headers: { origin },
      data: { email: `screens-invitee-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com` },
    });
    const { user, setupToken } = (await invited.json()) as { user: { email: string }; setupToken: string };
    const setup = await (await newProfile(browser, { ...options, baseURL: origin })).newPage();
    await setup.goto(`/setup#${setupToken}`);
    await setup.getByText(user.email, { exact: true }).waitFor();
    await visit("setup", setup);
    await setup.context().close();
    await admin.context().close();
  } finally {
    await recipient.close();
    await profile.close();
  }
}
