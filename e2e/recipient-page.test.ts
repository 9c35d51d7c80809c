import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile, VIEWPORTS, type ViewportName } from "./browser";
import { createSecretByApi, layoutShift, signUp } from "./flows";

const origin = inject("origin");
let browser: Browser;
let creator: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  creator = await (await newProfile(browser, { baseURL: origin })).newPage();
  await signUp(creator);
});
afterAll(async () => browser?.close());

/** What a recipient may download, all files together, gzipped. */
const BUDGET_BYTES = 25 * 1024;
/** Chunks of the signed-in app: a recipient must never load them. */
const SIGNED_IN_CHUNKS = /\/assets\/(AppShell|Secrets|Audit|Tokens|Members|Account|QrCode|Dialog|CopyField)-/;

async function recipient(options = {}): Promise<Page> {
  return (await newProfile(browser, options)).newPage();
}

describe("the recipient page", () => {
  it(`loads within ${BUDGET_BYTES / 1024} KB gzipped, none of it from the signed-in app`, async () => {
    const link = await createSecretByApi(creator, { text: "light" });
    const view = await recipient();
    const paths = new Set<string>();
    view.on("request", (request) => {
      const url = new URL(request.url());
      if (url.origin === origin && !url.pathname.startsWith("/api/")) paths.add(url.pathname);
    });
    await view.goto(link);
    await view.getByRole("button", { name: "View Secret" }).click();
    await view.getByLabel("Secret", { exact: true }).waitFor();
    await view.waitForLoadState("networkidle");

    // Every /s/* path is answered with the recipient page's own HTML (worker/http/recipient-page.ts).
    const files = [...paths].map((path) => (path.startsWith("/s/") ? "/s/index.html" : path));
    const sizes = files.map((file) => gzipSync(readFileSync(join("dist/web", file))).length);
    const total = sizes.reduce((sum, size) => sum + size, 0);
    console.info(`recipient page: ${files.length} files, ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(files.filter((file) => SIGNED_IN_CHUNKS.test(file))).toEqual([]);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it("shows a friendly error, not a blank page, when the API can't be reached, and recovers", async () => {
    const link = await createSecretByApi(creator, { text: "patience" });
    const view = await recipient();
    await view.route("**/api/**", (route) => route.abort("internetdisconnected"));
    await view.goto(link);
    await view.getByText("Can't reach Oncelink right now.").waitFor();
    await view.getByText("Nothing was used up").waitFor();

    await view.unrouteAll();
    await view.getByRole("button", { name: "Try again" }).click();
    await view.getByRole("button", { name: "View Secret" }).click();
    expect(await view.getByLabel("Secret", { exact: true }).inputValue()).toBe("patience");
  });

  it("says so when the page's own code can't be downloaded", async () => {
    const link = await createSecretByApi(creator, { text: "offline" });
    const view = await recipient();
    // The HTML arrives, the recipient page's module does not: as when a deploy replaced it, or the network fell.
    await view.route(/\/assets\/recipient-/, (route) => route.abort("internetdisconnected"));
    await view.goto(link);
    await view.getByRole("heading", { name: "This page didn't load" }).waitFor();
    await view.getByText("A secret is not used up until you view it.").waitFor();
  });

  it("says so when the click's code can't be downloaded, spends nothing, and opens on the next click", async () => {
    const link = await createSecretByApi(creator, { text: "second try" });
    const view = await recipient();
    // The page's module arrives, the chunk the click needs (crypto, the revealed view) does not.
    await view.route(/\/assets\/recipient-on-reveal-/, (route) => route.abort("internetdisconnected"));
    await view.goto(link);
    await view.getByRole("button", { name: "View Secret" }).click();
    await view.getByText("Can't reach Oncelink right now.").waitFor();
    await view.unrouteAll();
    await view.getByRole("button", { name: "View Secret" }).click();
    expect(await view.getByLabel("Secret", { exact: true }).inputValue()).toBe("second try");
  });

  for (const size of Object.keys(VIEWPORTS) as ViewportName[]) {
    it(`does not shift its layout while it loads (${size})`, async () => {
      const link = await createSecretByApi(creator, { text: "steady" });
      const view = await recipient(VIEWPORTS[size]);
      await view.goto(link);
      await view.getByRole("button", { name: "View Secret" }).waitFor();
      await view.waitForLoadState("networkidle");
      expect(await layoutShift(view)).toBeLessThan(0.1);
    });
  }

  it("does not shift its layout for a signed-in recipient either, whose header gains a Sign out button (phone)", async () => {
    const link = await createSecretByApi(creator, { text: "steady too" });
    const view = await recipient({ ...VIEWPORTS.phone, baseURL: origin });
    await signUp(view);
    // The session answer arrives after the page has drawn, as on a slow network.
    await view.route("**/api/me", async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      await route.continue();
    });
    await view.goto(link);
    await view.getByRole("button", { name: "View Secret" }).waitFor();
    await view.getByRole("button", { name: "Sign out" }).waitFor();
    await view.waitForLoadState("networkidle");
    // The header keeps its height whoever is signed in: nothing moves at all (it did by 0.03 before).
    expect(await layoutShift(view)).toBeLessThan(0.001);
  });

  it("copies the secret and clears it from the page with Copy and clear", async () => {
    const link = await createSecretByApi(creator, { text: "copy me, then forget me" });
    const profile = await newProfile(browser);
    await profile.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
    const view = await profile.newPage();
    await view.goto(link);
    await view.getByRole("button", { name: "View Secret" }).click();
    const text = view.getByLabel("Secret", { exact: true });
    expect(await text.getAttribute("autocomplete")).toBe("off");
    await view.getByRole("button", { name: "Copy and clear" }).click();
    await view.getByText("Copied to your clipboard and cleared from this page.").waitFor();
    expect(await view.evaluate(() => navigator.clipboard.readText())).toBe("copy me, then forget me");
    expect(await text.count()).toBe(0);
    expect(await view.content()).not.toContain("copy me, then forget me");
    // Focus lands on what happened, not on the body.
    expect(await view.evaluate(() => document.activeElement?.textContent)).toContain("cleared from this page");
  });

  it("does not show a viewed secret again after Back", async () => {
    const link = await createSecretByApi(creator, { text: "not twice" });
    const view = await recipient();
    const page = await view.goto(link);
    expect(page?.headers()["cache-control"]).toBe("no-store");
    await view.getByRole("button", { name: "View Secret" }).click();
    await view.getByLabel("Secret", { exact: true }).waitFor();
    await view.goto(`${origin}/signin`);
    await view.getByRole("heading", { name: "Sign in" }).waitFor();
    await view.goBack();
    // Restored from the back/forward cache, the page was cleared on leaving; reloaded, the link is spent.
    await view.getByText(/Cleared from this page|Secret not found or has already been viewed/).waitFor();
    expect(await view.content()).not.toContain("not twice");
  });
});
