import type { Browser, BrowserContext } from "playwright-core";
import { encode } from "uqr";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { createSecret, signUp } from "./flows";

const origin = inject("origin");
let browser: Browser;
let creator: BrowserContext;

beforeAll(async () => {
  browser = await launchBrowser();
  creator = await newProfile(browser, { baseURL: origin });
  await creator.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
});
afterAll(async () => browser?.close());

describe("a one-time secret in a real browser", () => {
  it("is created, copied, viewed once in another profile, then refused", async () => {
    const page = await creator.newPage();
    await signUp(page);
    const link = await createSecret(page, {
      text: "DB_PASSWORD=super_secret_password_123!",
      name: "Production DB Credentials",
    });
    expect(link).toMatch(new RegExp(`^${origin}/s/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$`));
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

    const recipient = await newProfile(browser);
    const view = await recipient.newPage();
    // CSP violations and script errors surface as console errors: the pages must have none.
    const problems: string[] = [];
    for (const p of [page, view]) {
      p.on("console", (message) => message.type() === "error" && problems.push(message.text()));
      p.on("pageerror", (error) => problems.push(error.message));
    }
    await view.goto(link);
    await view.getByText("This is a one-time secret.").waitFor();
    await view.getByRole("button", { name: "View Secret" }).click();
    expect(await view.getByLabel("Secret", { exact: true }).inputValue()).toBe(
      "DB_PASSWORD=super_secret_password_123!",
    );
    await view.getByText("This secret has been permanently deleted").waitFor();
    await view.getByText(/Viewed at/).waitFor();
    // The key has done its work: it is gone from the address bar and from this history entry.
    await view.waitForFunction(() => location.hash === "");
    expect(view.url()).toBe(link.split("#")[0]);
    expect(await view.evaluate(() => location.hash)).toBe("");

    await view.reload();
    await view.getByText("Secret not found or has already been viewed").waitFor();
    // Answers like 401 from /api/me (anonymous) or 404 (already viewed) are logged as failed loads; those
    // are expected. Anything else (a CSP violation, an exception) is a defect.
    expect(problems.filter((text) => !text.startsWith("Failed to load resource"))).toEqual([]);
    await recipient.close();
  });

  it("refuses a wrong passphrase without consuming, then opens with the right one", async () => {
    const page = await creator.newPage();
    const link = await createSecret(page, { text: "guarded", passphrase: "a passphrase for the recipient" });
    const recipient = await newProfile(browser);
    const view = await recipient.newPage();
    await view.goto(link);
    await view.getByLabel("Passphrase").fill("not the passphrase");
    await view.getByRole("button", { name: "View Secret" }).click();
    await view.getByText("Incorrect passphrase").waitFor({ timeout: 30_000 });
    await view.getByText("4 attempts left").waitFor();
    // A wrong passphrase leaves the key where it is: the recipient tries again from the same page.
    expect(view.url()).toBe(link);
    await view.getByLabel("Passphrase").fill("a passphrase for the recipient");
    await view.getByRole("button", { name: "View Secret" }).click();
    expect(await view.getByLabel("Secret", { exact: true }).inputValue({ timeout: 30_000 })).toBe("guarded");
    await recipient.close();
  });

  it("says the link is mistyped or cut off when its key is cut off", async () => {
    const page = await creator.newPage();
    const link = await createSecret(page, { text: "cut" });
    const view = await (await newProfile(browser)).newPage();
    await view.goto(link.slice(0, -5));
    await view.getByText("This link is mistyped or cut off").waitFor();
    await view.waitForFunction(() => location.hash === "");
    expect(view.url()).not.toContain("#");
  });

  it("refuses a mistyped key without using anything up, and drops it from the address bar", async () => {
    const page = await creator.newPage();
    const link = await createSecret(page, { text: "typo-proof" });
    const [base, key = ""] = link.split("#");
    const mistyped = `${base}#${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}`;
    const view = await (await newProfile(browser)).newPage();
    await view.goto(mistyped);
    await view.getByRole("button", { name: "View Secret" }).click();
    await view.getByText("This link is mistyped or cut off").waitFor();
    await view.waitForFunction(() => location.hash === "");
    expect(view.url()).toBe(base);
    // The server refused the wrong key before anything was consumed: the real link still opens.
    const recipient = await (await newProfile(browser)).newPage();
    await recipient.goto(link);
    await recipient.getByRole("button", { name: "View Secret" }).click();
    expect(await recipient.getByLabel("Secret", { exact: true }).inputValue()).toBe("typo-proof");
  });

  it("offers a QR code of the whole link, drawn module for module", async () => {
    const page = await creator.newPage();
    await page.goto("/");
    await page.getByRole("button", { name: "+ Create Secret" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Secret Text").fill("scan me");
    await dialog.getByRole("button", { name: "Create Secret", exact: true }).click();
    const link = await dialog.getByLabel("Share link").inputValue({ timeout: 30_000 });
    const toggle = dialog.getByRole("button", { name: "Show QR code" });
    expect(await toggle.getAttribute("aria-expanded")).toBe("false");
    await toggle.click();
    const code = dialog.getByRole("img", { name: "QR code of the link, to open it on a phone" });

    // Read the code back from the pixels on screen: each module's centre must be dark exactly where the
    // encoder says, inside four light modules of quiet zone.
    const viewBox = (await code.getAttribute("viewBox"))?.split(" ").map(Number) ?? [];
    const extent = viewBox[2] ?? 0;
    const png = (await code.screenshot()).toString("base64");
    const dark = await page.evaluate(
      async ({ png, extent }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${png}`;
        await image.decode();
        const canvas = document.createElement("canvas");
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext("2d");
        if (!context) throw new Error("no canvas");
        context.drawImage(image, 0, 0);
        const pixels = context.getImageData(0, 0, image.width, image.height).data;
        const step = image.width / extent;
        return Array.from({ length: extent }, (_, y) =>
          Array.from({ length: extent }, (_, x) => {
            const at = (Math.floor((y + 0.5) * step) * image.width + Math.floor((x + 0.5) * step)) * 4;
            return (pixels[at] ?? 255) < 128;
          }),
        );
      },
      { png, extent },
    );
    const { data, size } = encode(link, { ecc: "M", border: 0 });
    expect(extent).toBe(size + 8);
    const expected = Array.from({ length: extent }, (_, y) =>
      Array.from({ length: extent }, (_, x) => data[y - 4]?.[x - 4] ?? false),
    );
    expect(dark).toEqual(expected);
  });
});
