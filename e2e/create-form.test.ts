// The create dialog as a creator meets it: the text first, its size, the passphrase tools, the result.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { signUp } from "./flows";

const origin = inject("origin");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  const profile = await newProfile(browser, { baseURL: origin });
  await profile.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  page = await profile.newPage();
  await signUp(page);
});
afterAll(async () => browser?.close());

async function openDialog() {
  await page.goto("/");
  await page.getByRole("button", { name: "+ Create Secret" }).click();
  return page.getByRole("dialog");
}

describe("the create form", () => {
  it("counts the size as it is typed and refuses too large a secret at the field, before any upload", async () => {
    const dialog = await openDialog();
    const uploads: string[] = [];
    page.on("request", (request) => request.method() === "POST" && uploads.push(request.url()));
    await dialog.getByText("Up to 1 MB").waitFor();
    await dialog.getByLabel("Secret Text").fill("x".repeat(2000));
    await dialog.getByText("2 kB of 1 MB").waitFor();
    // 1.2 MB pasted at once (fill sets the value in one input event, as a paste does).
    await dialog.getByLabel("Secret Text").fill("y".repeat(1.2 * 1024 * 1024));
    await dialog.getByText("Too large: 1.2 MB of 1 MB.").waitFor();
    await dialog.getByRole("button", { name: "Create Secret", exact: true }).click();
    expect(
      await dialog.getByLabel("Secret Text").evaluate((element: HTMLTextAreaElement) => element.validity.valid),
    ).toBe(false);
    expect(uploads.filter((url) => url.endsWith("/api/secrets"))).toEqual([]);
    // The button stays on screen: the footer is sticky inside the dialog.
    expect(await dialog.getByRole("button", { name: "Create Secret", exact: true }).isVisible()).toBe(true);
  });

  it("generates a random passphrase, warns about a short one, and hides recipient options until asked", async () => {
    const dialog = await openDialog();
    expect(await dialog.getByLabel("Recipient Email").isVisible()).toBe(false);
    await dialog.getByLabel("Passphrase").fill("abc");
    await dialog.getByText("Short passphrases are easy to guess").waitFor();
    await dialog.getByRole("button", { name: "Generate" }).click();
    const first = await dialog.getByLabel("Passphrase").inputValue();
    expect(first).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    await dialog.getByRole("button", { name: "Generate" }).click();
    expect(await dialog.getByLabel("Passphrase").inputValue()).not.toBe(first);
    expect(await dialog.getByText("Short passphrases are easy to guess").count()).toBe(0);
    await dialog.getByText("More options").click();
    await dialog.getByLabel("Recipient Email").waitFor();
  });

  it("creates with Ctrl+Enter and shows the name, its options, the passphrase reminder and a 2 s Copied", async () => {
    const dialog = await openDialog();
    await dialog.getByLabel("Name").fill("Shortcut secret");
    await dialog.getByLabel("Passphrase").fill("a long enough passphrase");
    await dialog.getByLabel("Secret Text").fill("made with the keyboard");
    await page.keyboard.press("Control+Enter");
    await dialog.getByText("Secret created.").waitFor({ timeout: 30_000 });
    await dialog.getByText("Shortcut secret", { exact: true }).waitFor();
    expect(await dialog.locator(".created-summary .hint").textContent()).toBe(
      "1 view · expires after 1 h · passphrase",
    );
    await dialog.getByText("send it another way than the link").waitFor();
    const copy = dialog.getByRole("button", { name: "Copied" });
    expect(await copy.evaluate((element) => element === document.activeElement)).toBe(true);
    await dialog.getByRole("button", { name: "Copy link" }).waitFor({ timeout: 4_000 });
  });
});
