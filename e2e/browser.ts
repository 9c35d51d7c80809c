// Debian's Chromium driven by playwright-core. e2e/browser-suite.ts has made sure it is there.
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from "playwright-core";
import { chromiumPath } from "./browser-suite";

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
  // Files run side by side, each in a worker process of its own, counting from 1: the process keeps them apart.
  const worker = process.pid % 512;
  const address = `198.${18 + (worker >> 8)}.${worker & 255}.${(contexts % 250) + 1}`;
  // English unless a test asks for another language: the suites find elements by their English text.
  return browser.newContext({ locale: "en-US", ...options, extraHTTPHeaders: { "CF-Connecting-IP": address } });
}

/** The two sizes every screen is checked at: a laptop, and a 390 px wide phone (an iPhone 12 to 15). */
export const VIEWPORTS = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true },
} satisfies Record<string, BrowserContextOptions>;
export type ViewportName = keyof typeof VIEWPORTS;
