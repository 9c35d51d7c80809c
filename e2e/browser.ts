// Debian's Chromium driven by playwright-core. Without a browser the suite skips and says so loudly,
// unless E2E_REQUIRED=1 (set by .ci/run), where a missing browser fails the run.
import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const browserFound = existsSync(chromiumPath);

if (!browserFound) {
  const message = `No Chromium at ${chromiumPath}: the end-to-end browser tests are SKIPPED. Install it (apt-get install -y chromium) or set CHROMIUM_PATH.`;
  if (process.env.E2E_REQUIRED === "1") throw new Error(message);
  console.warn(`\n*** ${message} ***\n`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

let contexts = 0;

/**
 * A browser profile that looks like its own client: wrangler dev passes CF-Connecting-IP through, so each
 * profile gets an address of its own, as separate people would have, and per-address rate limits
 * (five sign-ups a minute) apply per profile rather than to the whole suite.
 */
export function newProfile(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  contexts += 1;
  const address = `198.18.${Math.floor(contexts / 250)}.${(contexts % 250) + 1}`;
  return browser.newContext({ ...options, extraHTTPHeaders: { "CF-Connecting-IP": address } });
}

/** The two sizes every screen is checked at: a laptop, and a 390 px wide phone (an iPhone 12 to 15). */
export const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
} satisfies Record<string, BrowserContextOptions>;
export type ViewportName = keyof typeof VIEWPORTS;
