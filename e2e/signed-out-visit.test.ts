// A first visit, signed out: the front page, what the site serves beside the app, the theme, passwords.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile, VIEWPORTS } from "./browser";
import { newEmail, signUp } from "./flows";

const origin = inject("origin");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

async function visitor(options = {}): Promise<Page> {
  return (await newProfile(browser, { baseURL: origin, ...options })).newPage();
}

describe("a signed-out visitor", () => {
  it("reads what Oncelink is beside the sign-in form, with no error in the console", async () => {
    const page = await visitor();
    const problems: string[] = [];
    page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
    page.on(
      "response",
      (response) => response.status() >= 400 && problems.push(`${response.status()} ${response.url()}`),
    );
    await page.goto("/");
    await page.getByText("Share passwords and API keys through links that open once.").waitFor();
    await page.getByRole("heading", { name: "Sign in" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(problems).toEqual([]);
    expect(await page.title()).toBe("Share secrets through links that open once · Oncelink");
    const description = await page.locator('meta[name="description"]').getAttribute("content");
    expect(description).toContain("links that open once");
    expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
  });

  it("gets /favicon.ico and /robots.txt as what they are, and a 404 page's own title", async () => {
    const page = await visitor();
    const icon = await page.request.get(`${origin}/favicon.ico`);
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toMatch(/^image\//);
    const robots = await page.request.get(`${origin}/robots.txt`);
    expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
    expect(await robots.text()).toContain("Disallow: /s/");
    await page.goto("/no-such-page");
    // The title follows the first render, which waits for the language's catalog.
    await expect.poll(() => page.title()).toBe("Page not found · Oncelink");
  });

  it("keeps the chosen theme across visits, set before the app's script runs", async () => {
    const page = await visitor({ colorScheme: "light" });
    await page.goto("/signin");
    await page.getByLabel("Theme").selectOption("dark");
    // On the next load, read as soon as the document is parsed: before the module script has run.
    await page.reload({ waitUntil: "commit" });
    await page.waitForFunction(() => document.readyState !== "loading");
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe("rgb(15, 18, 22)");
    await page.getByLabel("Theme").selectOption("system");
    await page.reload();
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBeUndefined();
  });

  it("refuses a password naming the service at the field before sending it, with Show and a meter", async () => {
    const page = await visitor();
    const signups: string[] = [];
    page.on("request", (request) => request.url().endsWith("/api/auth/signup") && signups.push(request.url()));
    await page.goto("/signup");
    await page.getByLabel("Email").fill(newEmail("named"));
    const password = page.getByLabel("Password", { exact: true });
    await password.fill("oncelinkoncelink1");
    await page.getByText("A password must not contain the service's name.").waitFor();
    await page.getByRole("button", { name: "Sign up" }).click();
    expect(signups).toEqual([]);

    await page.getByRole("button", { name: "Show password" }).click();
    expect(await password.getAttribute("type")).toBe("text");
    await password.fill("correct horse battery staple");
    await page.getByText(/^(Strong|Very strong)$/).waitFor();

    // The server's refusal lands at the field, without its field name.
    await password.fill("passwordpassword");
    await page.getByRole("button", { name: "Sign up" }).click();
    await page.getByText("This password is on a list of commonly used passwords.").waitFor();
    expect(await page.getByText("password: ").count()).toBe(0);
  });
});

describe("on a phone", () => {
  it("the app's navigation is one bar with a Menu that opens the links", async () => {
    const page = await visitor(VIEWPORTS.phone);
    await signUp(page);
    const menu = page.getByRole("button", { name: "Menu" });
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await page.getByRole("link", { name: "Audit Logs" }).isVisible()).toBe(false);
    const bar = await page.locator(".shell-sidebar").boundingBox();
    expect(bar?.height).toBeLessThan(80);
    await menu.click();
    await page.getByRole("link", { name: "Audit Logs" }).click();
    await page.getByRole("heading", { name: "Audit Logs" }).waitFor();
    expect(await menu.getAttribute("aria-expanded")).toBe("false");
    expect(await page.title()).toBe("Audit Logs · Oncelink");
  });
});
