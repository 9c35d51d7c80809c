// What the browser tests of each language check the same way: axe's serious and critical findings, where an
// element sits across the viewport (to see a right-to-left page mirror), and the document's language.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "playwright-core";

const BLOCKING = new Set(["serious", "critical"]);

/** axe's serious and critical findings on the page as it is now, one line each. */
export async function axeFindings(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => BLOCKING.has(violation.impact ?? ""))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}`);
}

/** The horizontal middle of an element, as a share of the viewport's width (0 = left edge, 1 = right edge). */
export async function middleOf(page: Page, selector: string): Promise<number> {
  const box = await page.locator(selector).first().boundingBox();
  const width = page.viewportSize()?.width;
  if (!box || !width) throw new Error(`${selector} has no box`);
  return (box.x + box.width / 2) / width;
}

/** <html lang> and dir. */
export const documentLanguage = (page: Page) =>
  page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
