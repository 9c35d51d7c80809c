// Single sign-on through a real OpenID provider (oidc-provider, run here) and a second app instance
// configured for it (OIDC_* vars). Chromium goes through the provider's own login and consent pages.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiErrorBody, AuditPage, SessionResult } from "../protocol/api";
import { launchBrowser, newProfile } from "./browser";
import { createSecret, newEmail } from "./flows";
import { CLIENT_ID, CLIENT_SECRET, type RunningProvider, startOidcProvider } from "./oidc-provider";
import { freePort, type RunningApp, startApp } from "./start-app";

const PROVIDER_NAME = "Test IdP";
let browser: Browser;
let provider: RunningProvider;
let app: RunningApp;
/** The first account through SSO: the admin (ADMIN_EMAILS is empty), who reads the audit log here. */
let admin: Page;

beforeAll(async () => {
  const appPort = freePort(8900);
  provider = await startOidcProvider(freePort(9100), `http://127.0.0.1:${appPort}`);
  app = await startApp(appPort, {
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: CLIENT_ID,
    OIDC_CLIENT_SECRET: CLIENT_SECRET,
    OIDC_PROVIDER_NAME: PROVIDER_NAME,
  });
  browser = await launchBrowser();
  admin = await person();
  await signInThroughProvider(admin, newEmail("sso-admin"));
});

afterAll(async () => {
  await browser?.close();
  app?.stop();
  await provider?.stop();
});

async function person(): Promise<Page> {
  return (await newProfile(browser, { baseURL: app.origin })).newPage();
}

/** The provider's development login page (any name and password), then its consent page. */
async function passProvider(page: Page, login: string): Promise<void> {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("whatever the provider accepts");
  await page.getByRole("button", { name: "Sign-in" }).click();
  await page.getByRole("button", { name: "Continue" }).click();
}

async function signInThroughProvider(page: Page, email: string): Promise<void> {
  await page.goto("/signin");
  await page.getByRole("button", { name: `Sign in with ${PROVIDER_NAME}` }).click();
  await passProvider(page, email);
  await page.getByRole("heading", { name: "Your Secrets" }).waitFor();
}

/**
 * Goes through the provider, but stops the browser short of the app's callback and answers its URL.
 * Playwright routes only the first request of a redirect chain, so the provider's navigations are
 * fetched here with redirects held, and followed while they stay on the provider (sharing the profile's
 * cookies); the one that would leave for the callback is answered with "held" instead.
 */
async function callbackUrl(page: Page, login: string | null, tweak: (auth: URL) => void = () => {}): Promise<string> {
  let captured = "";
  await page.route(`${provider.issuer}/**`, async (route) => {
    if (!route.request().isNavigationRequest()) return route.continue();
    let response = await route.fetch({ maxRedirects: 0 });
    let location = response.headers().location;
    while (location && new URL(location, provider.issuer).origin === provider.issuer) {
      response = await page.request.get(new URL(location, provider.issuer).href, { maxRedirects: 0 });
      location = response.headers().location;
    }
    if (location?.startsWith(`${app.origin}/api/auth/oidc/callback`)) {
      captured = location;
      return route.fulfill({ status: 200, contentType: "text/plain", body: "held" });
    }
    return route.fulfill({ response });
  });
  // The start step by hand as well, so the authorization URL can be altered before the browser opens it.
  const start = await page.request.get(`${app.origin}/api/auth/oidc/start`, { maxRedirects: 0 });
  const auth = new URL(start.headers().location ?? "");
  tweak(auth);
  await page.goto(auth.href);
  if (login) await passProvider(page, login);
  await page.getByText("held").waitFor();
  await page.unroute(`${provider.issuer}/**`);
  return captured;
}

async function refusal(page: Page, url: string): Promise<ApiErrorBody["error"]> {
  const res = await page.goto(url);
  if (!res) throw new Error(`no answer from ${url}`);
  expect(res.status()).toBe(400);
  return ((await res.json()) as ApiErrorBody).error;
}

async function failureReasons(): Promise<unknown[]> {
  const res = await admin.request.get(`${app.origin}/api/audit?action=login_failed&scope=all&limit=200`);
  return ((await res.json()) as AuditPage).items.map((event) => event.details.reason);
}

describe("OpenID Connect sign-in", () => {
  it("signs in through the provider's login and consent and lands signed in, audited as oidc", async () => {
    const page = await person();
    const email = newEmail("sso");
    await signInThroughProvider(page, email);
    const session = (await (await page.request.get(`${app.origin}/api/session`)).json()) as SessionResult;
    expect(session.user).toMatchObject({ email, emailVerified: true, role: "member" });
    const logins = await admin.request.get(`${app.origin}/api/audit?action=login&scope=all&limit=200`);
    const mine = ((await logins.json()) as AuditPage).items.filter((event) => event.resourceName === email);
    expect(mine.map((event) => event.details)).toEqual([{ method: "oidc" }]);
  });

  it("opens a require-login secret after the SSO detour, with the link's key intact", async () => {
    const link = await createSecret(admin, { text: "behind single sign-on", requireLogin: true });
    const recipient = await person();
    await recipient.goto(link);
    await recipient.getByRole("heading", { name: "Sign in to view this secret" }).waitFor();
    await recipient.getByRole("button", { name: "Sign in to view" }).click();
    await recipient.getByRole("button", { name: `Sign in with ${PROVIDER_NAME}` }).click();
    await passProvider(recipient, newEmail("sso-recipient"));
    await recipient.getByRole("button", { name: "View Secret" }).click();
    expect(recipient.url()).toBe(link);
    expect(await recipient.getByLabel("Secret", { exact: true }).inputValue()).toBe("behind single sign-on");
  });

  it("refuses a callback whose state was changed, and one replayed after it was used", async () => {
    const page = await person();
    const url = new URL(await callbackUrl(page, newEmail("sso-state")));
    const wrong = new URL(url);
    wrong.searchParams.set("state", `${url.searchParams.get("state")}x`);
    expect(await refusal(page, wrong.href)).toMatchObject({ code: "sso_failed" });

    const fresh = await person();
    const good = await callbackUrl(fresh, newEmail("sso-replay"));
    await fresh.goto(good);
    await fresh.getByRole("heading", { name: "Your Secrets" }).waitFor();
    expect(await refusal(fresh, good)).toMatchObject({ code: "sso_failed" });
    expect(await failureReasons()).toEqual(expect.arrayContaining(["state_mismatch"]));
  });

  it("refuses a used code sent again under a fresh state: the provider will not redeem it twice", async () => {
    const page = await person();
    const used = new URL(await callbackUrl(page, newEmail("sso-code")));
    await page.goto(used.href);
    await page.getByRole("heading", { name: "Your Secrets" }).waitFor();
    // A second sign-in in the same browser: the provider remembers the login and the consent now.
    const second = await callbackUrl(page, null);
    const replay = new URL(second);
    replay.searchParams.set("code", used.searchParams.get("code") ?? "");
    expect(await refusal(page, replay.href)).toMatchObject({ code: "sso_failed" });
    expect(await failureReasons()).toEqual(expect.arrayContaining(["code_refused"]));
  });

  it("refuses an ID token whose nonce is not the one this sign-in sent", async () => {
    const page = await person();
    // The browser asks the provider for a different nonce than the app stored for this state.
    const url = await callbackUrl(page, newEmail("sso-nonce"), (auth) =>
      auth.searchParams.set("nonce", "a-nonce-the-app-never-issued"),
    );
    expect(await refusal(page, url)).toMatchObject({ code: "sso_failed" });
    expect(await failureReasons()).toEqual(expect.arrayContaining(["id_token_invalid"]));
  });

  it("shows only single sign-on when PASSWORD_LOGIN is off", async () => {
    const page = await person();
    // This instance keeps passwords on; its config answer is altered the way PASSWORD_LOGIN=off would.
    await page.route("**/api/config", async (route) => {
      const response = await route.fetch();
      return route.fulfill({ response, json: { ...(await response.json()), passwordLogin: false } });
    });
    for (const path of ["/signin", "/signup"]) {
      await page.goto(path);
      await page.getByText("Password sign-in is turned off on this deployment.").waitFor();
      await page.getByRole("button", { name: `Sign in with ${PROVIDER_NAME}` }).waitFor();
      expect(await page.getByLabel("Email").count()).toBe(0);
    }
  });
});
