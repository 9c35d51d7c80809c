// Passkeys in Chromium with its virtual authenticator (DevTools protocol, WebAuthn domain): a CTAP2
// authenticator with resident keys and user verification, as a platform passkey provider would be.
// WebAuthn refuses IP addresses as RP IDs, so these pages open the app as localhost (APP_ORIGIN unset
// serves loopback names, and the RP ID is then "localhost").
import type { Browser, CDPSession, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { newEmail, PASSWORD, signUp } from "./flows";

const origin = inject("origin").replace("127.0.0.1", "localhost");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function deviceWithAuthenticator(): Promise<{ page: Page; cdp: CDPSession; authenticatorId: string }> {
  const page = await (await newProfile(browser, { baseURL: origin })).newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
    },
  });
  return { page, cdp, authenticatorId };
}

async function addPasskey(page: Page, name: string): Promise<string[]> {
  await page.getByRole("link", { name: "Account" }).click();
  await page.getByLabel("Name of the new passkey").fill(name);
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await page.getByText(name, { exact: true }).waitFor();
  return page.getByTestId("recovery-codes").locator("code").allTextContents();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await page.getByRole("heading", { name: "Sign in" }).waitFor();
}

async function passwordStep(page: Page, email: string): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { name: "Confirm it is you" }).waitFor();
}

describe("passkeys in the browser", () => {
  it("registers a passkey, signs in with it alone, and passes the second step after a password", async () => {
    const { page, cdp, authenticatorId } = await deviceWithAuthenticator();
    const email = await signUp(page, newEmail("passkey"));
    const codes = await addPasskey(page, "Test laptop");
    expect(codes).toHaveLength(10);
    const { credentials } = await cdp.send("WebAuthn.getCredentials", { authenticatorId });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]?.isResidentCredential).toBe(true);

    await signOut(page);
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await page.getByRole("heading", { name: "Your Secrets" }).waitFor();
    await page.getByRole("link", { name: "Account" }).click();
    // Listed with its name and a last use now that it signed in.
    await page.getByText(/Test laptop.*last used (?!never)/).waitFor();

    await signOut(page);
    await passwordStep(page, email);
    // The password alone opens nothing: the API still answers 401 for this session.
    expect((await page.request.get("/api/me")).status()).toBe(401);
    await page.getByRole("button", { name: "Use your passkey" }).click();
    await page.getByRole("heading", { name: "Your Secrets" }).waitFor();
    expect((await page.request.get("/api/me")).status()).toBe(200);
  });

  it("refuses a removed passkey that the authenticator still holds", async () => {
    const { page, cdp, authenticatorId } = await deviceWithAuthenticator();
    await signUp(page, newEmail("removed"));
    await addPasskey(page, "Soon gone");
    await page.getByRole("button", { name: "Remove Soon gone" }).click();
    await page.getByText("No passkeys yet.").waitFor();
    expect((await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials).toHaveLength(1);
    await signOut(page);
    await page.getByRole("button", { name: "Sign in with a passkey" }).click();
    await page.getByRole("alert").getByText("This passkey or recovery code was not accepted.").waitFor();
    expect((await page.request.get("/api/me")).status()).toBe(401);
  });

  it("takes a recovery code once as the second step, then refuses it", async () => {
    const { page } = await deviceWithAuthenticator();
    const email = await signUp(page, newEmail("recovery"));
    const [code] = await addPasskey(page, "Phone");
    await signOut(page);
    await passwordStep(page, email);
    await page.getByLabel("Or a recovery code").fill(code ?? "");
    await page.getByRole("button", { name: "Use recovery code" }).click();
    await page.getByRole("heading", { name: "Your Secrets" }).waitFor();
    await signOut(page);
    await passwordStep(page, email);
    await page.getByLabel("Or a recovery code").fill(code ?? "");
    await page.getByRole("button", { name: "Use recovery code" }).click();
    await page.getByRole("alert").getByText("This passkey or recovery code was not accepted.").waitFor();
    expect((await page.request.get("/api/me")).status()).toBe(401);
  });
});
