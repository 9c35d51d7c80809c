import AxeBuilder from "@axe-core/playwright";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile, VIEWPORTS, type ViewportName } from "./browser";
import { signUp } from "./flows";
import { accountWithHistory, walkScreens } from "./screens";

const origin = inject("origin");
let browser: Browser;
let email: string;

beforeAll(async () => {
  browser = await launchBrowser();
  email = await accountWithHistory(browser, origin);
});
afterAll(async () => browser?.close());

const BLOCKING = new Set(["serious", "critical"]);
/**
 * A walk of every screen (SCREENS) takes about a minute on a quiet 2-core machine, alone; the three run side
 * by side: room for a busy machine.
 */
const WALK_TIMEOUT_MS = 240_000;

/** axe-core's serious and critical findings on the page as it is now, one line each. */
async function axeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ""))
    .map((violation) => {
      const where = violation.nodes.map((node) => node.target.join(" ")).join(", ");
      return `${violation.id} (${violation.impact}): ${violation.help} at ${where}`;
    });
}

/** Presses Tab until `target` has focus; fails after `limit` presses. Answers how many it took. */
async function tabTo(page: Page, target: Locator, limit = 30): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`Tab never reached ${target}`);
}

const variants: { size: ViewportName; scheme: "light" | "dark" }[] = [
  { size: "desktop", scheme: "light" },
  { size: "desktop", scheme: "dark" },
  { size: "phone", scheme: "light" },
];

// The walks run side by side: axe's analysis is one renderer's work, and this machine has two cores.
describe.concurrent("accessibility: every main screen", () => {
  for (const { size, scheme } of variants) {
    it(
      `finds no serious or critical axe violations on any main screen (${size}, ${scheme} theme)`,
      async ({ expect }) => {
        const findings: string[] = [];
        await walkScreens(browser, origin, email, { ...VIEWPORTS[size], colorScheme: scheme }, async (screen, page) => {
          for (const finding of await axeFindings(page)) findings.push(`${screen}: ${finding}`);
        });
        expect(findings).toEqual([]);
      },
      WALK_TIMEOUT_MS,
    );
  }
});

describe("accessibility", () => {
  it("creates a secret and views it with the keyboard alone", async () => {
    const page = await (await newProfile(browser, { baseURL: origin })).newPage();
    await signUp(page);
    await page.goto("/");
    await page
      .getByRole("article")
      .or(page.getByText("No secrets yet.", { exact: false }))
      .first()
      .waitFor();

    await tabTo(page, page.getByRole("button", { name: "+ Create Secret" }));
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    // The dialog opens on the text to share.
    const text = dialog.getByLabel("Secret Text");
    await text.waitFor();
    expect(await text.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type("typed, never clicked");
    await tabTo(page, dialog.getByLabel("Name"));
    await page.keyboard.type("Keyboard only");
    await tabTo(page, dialog.getByLabel("Expires in"));
    // Arrow keys change a focused <select> without opening it, on every platform.
    await page.keyboard.press("ArrowUp");
    expect(await dialog.getByLabel("Expires in").inputValue()).toBe("900");
    await tabTo(page, dialog.getByLabel("Max views"));
    await page.keyboard.press("ArrowUp");
    // Who may open it waits behind "More options", a native <details> that Enter opens.
    await tabTo(page, dialog.getByText("More options"));
    await page.keyboard.press("Enter");
    await tabTo(page, dialog.getByLabel("Require login to view"));
    await page.keyboard.press("Space");
    await tabTo(page, dialog.getByRole("button", { name: "Create Secret", exact: true }));
    await page.keyboard.press("Enter");
    await dialog.getByText("Secret created.").waitFor({ timeout: 30_000 });
    const link = await dialog.getByLabel("Share link").inputValue();
    await tabTo(page, dialog.getByRole("button", { name: "Done" }));
    await page.keyboard.press("Enter");
    const card = page.getByRole("article", { name: "Keyboard only" });
    await card.getByText("Views: 0 of 2").waitFor();

    // The recipient is signed in (require login): the same profile, a new tab.
    const view = await page.context().newPage();
    await view.goto(link);
    const viewButton = view.getByRole("button", { name: "View Secret" });
    await viewButton.waitFor();
    await tabTo(view, viewButton);
    await view.keyboard.press("Enter");
    expect(await view.getByLabel("Secret", { exact: true }).inputValue()).toBe("typed, never clicked");
    await tabTo(view, view.getByRole("button", { name: "Copy and clear" }));
  });
});
