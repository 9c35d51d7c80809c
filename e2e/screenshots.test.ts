// Pictures of every main screen, at a laptop's size and a phone's, in both themes, for people to look
// at: CI keeps test-results/screenshots/ as an artifact. A laptop shows what fits its window, as a person
// sees it (the sidebar is as tall as the window); a phone shows the whole page, scrolled, except for
// dialogs, which cover the window and scroll inside it.
import { mkdirSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, inject, it } from "vitest";
import { launchBrowser, VIEWPORTS, type ViewportName } from "./browser";
import { accountWithHistory, type ScreenName, walkScreens } from "./screens";

const origin = inject("origin");
const SCREENSHOT_DIR = "test-results/screenshots";
const DIALOGS = new Set<ScreenName>(["create-form", "created-link"]);
let browser: Browser;
let email: string;

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  browser = await launchBrowser();
  email = await accountWithHistory(browser, origin);
});
afterAll(async () => browser?.close());

const variants: { size: ViewportName; scheme: "light" | "dark" }[] = [
  { size: "desktop", scheme: "light" },
  { size: "phone", scheme: "light" },
  { size: "desktop", scheme: "dark" },
  { size: "phone", scheme: "dark" },
];

// The walks run side by side (a page's work is its own renderer's; this machine has two cores).
describe.concurrent("screenshots", () => {
  for (const { size, scheme } of variants) {
    it(`of every main screen, ${size}, ${scheme} theme`, async () => {
      const suffix = scheme === "light" ? size : `${size}-dark`;
      await walkScreens(browser, origin, email, { ...VIEWPORTS[size], colorScheme: scheme }, async (screen, page) => {
        await page.screenshot({
          path: `${SCREENSHOT_DIR}/${screen}-${suffix}.png`,
          fullPage: size === "phone" && !DIALOGS.has(screen),
          animations: "disabled",
          caret: "hide",
        });
      });
    }, 240_000); // a walk of every screen takes about a minute on a quiet 2-core machine, alone
  }
});
