// The optional human check on the recipient page. This machine has no internet, so Turnstile's script is a
// stand-in served at its real address; the page's CSP is the one the build writes when wrangler.toml names a
// site key (protocol/security-policy.ts, pageCsp with turnstile).
import type { Browser, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { inlineHashes, pageCsp } from "../protocol/security-policy";
import { launchBrowser, newProfile } from "./browser";
import { createSecretByApi, signUp } from "./flows";

const origin = inject("origin");
const CHALLENGES = "https://challenges.cloudflare.com";
const SCRIPT_URL = `${CHALLENGES}/turnstile/v0/api.js?render=explicit`;
/** Cloudflare's always-passing test key; nothing here sends it anywhere. */
const SITE_KEY = "1x00000000000000000000AA";

/**
 * Turnstile's api.js as far as the page can tell: render() draws a frame from challenges.cloudflare.com and
 * returns a widget id; a token arrives when the test calls fakeTurnstile.pass(), as when a person passes.
 */
const FAKE_TURNSTILE = `(() => {
  const widgets = new Map();
  let issued = 0;
  let resets = 0;
  window.turnstile = {
    render(container, options) {
      const frame = document.createElement("iframe");
      frame.title = "Human check";
      frame.src = "${CHALLENGES}/stand-in-widget";
      frame.width = "300";
      frame.height = "65";
      container.append(frame);
      widgets.set("widget-1", { frame, options });
      return "widget-1";
    },
    reset() {
      resets += 1;
    },
    remove(id) {
      widgets.get(id)?.frame.remove();
      widgets.delete(id);
    },
  };
  window.fakeTurnstile = {
    pass() {
      for (const { options } of widgets.values()) options.callback("fake-token-" + ++issued);
    },
    resets: () => resets,
  };
})();`;

let browser: Browser;
let creator: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  creator = await (await newProfile(browser, { baseURL: origin })).newPage();
  await signUp(creator);
});
afterAll(async () => browser?.close());

interface Recipient {
  page: Page;
  /** CSP and Trusted Types violations, as "directive blocked-uri". */
  violations: () => Promise<string[]>;
}

/** A recipient whose deployment has Turnstile on: /api/config names a key, and the script is the stand-in. */
async function recipientWithTurnstile({ turnstileCsp }: { turnstileCsp: boolean }): Promise<Recipient> {
  const profile = await newProfile(browser);
  await profile.addInitScript(() => {
    const seen: string[] = [];
    Object.assign(window, { cspViolations: seen });
    addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await profile.route(`${CHALLENGES}/turnstile/v0/api.js*`, (route) =>
    route.fulfill({ contentType: "text/javascript", body: FAKE_TURNSTILE }),
  );
  await profile.route(`${CHALLENGES}/stand-in-widget`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: "<!doctype html><title>Human check</title><p>Stand-in widget</p>",
    }),
  );
  await profile.route(`${origin}/api/config`, (route) => route.fulfill({ json: { turnstileSiteKey: SITE_KEY } }));
  if (turnstileCsp) {
    await profile.route(
      // The page itself, not the catalog it fetches later (/s/-/messages/<locale>, a JSON answer of its own).
      (url) => url.origin === origin && url.pathname.startsWith("/s/") && !url.pathname.startsWith("/s/-/"),
      async (route) => {
        const response = await route.fetch();
        const headers = response.headers();
        const policy = headers["content-security-policy"] ?? "";
        expect(policy).toContain("trusted-types 'none'");
        // The suite's app is built without a site key; the page gets what a build with one would write.
        const hashes = await inlineHashes(await response.text());
        expect(policy).toBe(pageCsp(hashes));
        await route.fulfill({
          response,
          headers: { ...headers, "content-security-policy": pageCsp({ turnstile: true, ...hashes }) },
        });
      },
    );
  }
  const page = await profile.newPage();
  return {
    page,
    violations: () => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  };
}

function passCheck(page: Page): Promise<void> {
  return page.evaluate(() => (window as unknown as { fakeTurnstile: { pass(): void } }).fakeTurnstile.pass());
}

function resets(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as { fakeTurnstile: { resets(): number } }).fakeTurnstile.resets());
}

/** A promise and the function that settles it. */
function signal(): { promise: Promise<void>; resolve: () => void } {
  let resolve = () => {};
  const promise = new Promise<void>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

describe("the human check (Turnstile) on the recipient page", () => {
  it("when the deployment turns it on, sends the widget's token with the reveal, and a fresh one after a refusal", async () => {
    const link = await createSecretByApi(creator, { text: "checked by a human" });
    const { page, violations } = await recipientWithTurnstile({ turnstileCsp: true });
    const scripts: string[] = [];
    page.on("request", (request) => request.resourceType() === "script" && scripts.push(request.url()));
    const sent: Record<string, unknown>[] = [];
    await page.route("**/api/secrets/*/reveal", async (route) => {
      sent.push(route.request().postDataJSON());
      if (sent.length > 1) return route.continue();
      // The first reveal is refused as Cloudflare would refuse a bad token; nothing reaches the vault.
      await route.fulfill({
        status: 403,
        json: { error: { code: "human_check_failed", message: "Please complete the human check, then try again." } },
      });
    });

    await page.goto(link);
    const view = page.getByRole("button", { name: "View Secret" });
    await page.getByText("Complete the check to view the secret.").waitFor();
    expect(await view.isDisabled()).toBe(true);
    // The stand-in's frame loaded: frame-src lets challenges.cloudflare.com in.
    await page.frameLocator("iframe[title='Human check']").getByText("Stand-in widget").waitFor();

    await passCheck(page);
    await page.getByText("Check complete.").waitFor();
    await view.click();
    await page.getByRole("alert").getByText("Please complete the human check, then try again.").waitFor();
    // That token is spent: the widget was reset, and the button waits for the next one.
    await expect.poll(() => resets(page)).toBe(1);
    expect(await view.isDisabled()).toBe(true);

    await passCheck(page);
    await view.click();
    expect(await page.getByLabel("Secret", { exact: true }).inputValue()).toBe("checked by a human");
    expect(sent.map((body) => body.turnstileToken)).toEqual(["fake-token-1", "fake-token-2"]);
    expect(typeof sent[1]?.proof).toBe("string");
    expect(scripts.filter((url) => url.startsWith(CHALLENGES))).toEqual([SCRIPT_URL]);
    expect(await violations()).toEqual([]);
  });

  it("when a deployment sets the key but keeps the default CSP, says the check didn't load instead of a dead button", async () => {
    const link = await createSecretByApi(creator, { text: "still here" });
    const { page, violations } = await recipientWithTurnstile({ turnstileCsp: false });
    await page.goto(link);
    await page.getByText("The human check didn't load. Check your connection, then try again.").waitFor();
    await page.getByText("Nothing was used up").waitFor();
    // The page's own Trusted Types policy is what the default CSP refuses.
    expect(await violations()).toEqual(["trusted-types trusted-types-policy"]);
  });

  it("when it is off (the default), asks for /api/config beside the peek and loads nothing of Turnstile", async () => {
    const link = await createSecretByApi(creator, { text: "no check here" });
    const id = new URL(link).pathname.split("/")[2];
    const page = await (await newProfile(browser)).newPage();
    const elsewhere: string[] = [];
    const assets: string[] = [];
    page.on("request", (request: Request) => {
      const url = new URL(request.url());
      if (url.origin !== origin) elsewhere.push(url.href);
      else if (url.pathname.startsWith("/assets/")) assets.push(url.pathname);
    });
    // Each request is held until the other has been sent: had one waited for the other's answer, it never
    // would be, and after a while that request goes on marked as not parallel.
    const sent = { config: signal(), peek: signal() };
    const parallel: boolean[] = [];
    const holdUntil = async (other: Promise<void>) => {
      const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 5_000));
      parallel.push(await Promise.race([other.then(() => true), timeout]));
    };
    await page.route(`${origin}/api/config`, async (route) => {
      sent.config.resolve();
      await holdUntil(sent.peek.promise);
      await route.continue();
    });
    await page.route(`${origin}/api/secrets/${id}`, async (route) => {
      sent.peek.resolve();
      await holdUntil(sent.config.promise);
      await route.continue();
    });
    let revealBody: Record<string, unknown> = {};
    page.on("request", (request) => {
      if (request.url().endsWith("/reveal")) revealBody = request.postDataJSON();
    });
    const config = page.waitForResponse(`${origin}/api/config`);

    await page.goto(link);
    expect(await (await config).json()).toEqual({
      turnstileSiteKey: null,
      maxSecretBytes: 1_048_576,
      maxFileBytes: 104_857_600,
      passwordLogin: true,
      oidcProvider: null,
      access: false,
    });
    await page.getByRole("button", { name: "View Secret" }).click();
    expect(await page.getByLabel("Secret", { exact: true }).inputValue()).toBe("no check here");
    expect(parallel).toEqual([true, true]);
    expect(Object.keys(revealBody)).toEqual(["proof"]);
    expect(elsewhere).toEqual([]);
    expect(assets.filter((path) => /\/(HumanCheck|turnstile)-/.test(path))).toEqual([]);
  });
});
