// The CLI and the browser speak the same protocol: a link made in the browser opens in the `oncelink`
// CLI, byte for byte, and a link made by the CLI opens in the browser, passphrases (600,000 iterations on
// both sides) included.
import { execFileSync } from "node:child_process";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newAccount, runCli } from "../cli/test/cli-harness";
import { launchBrowser, newProfile } from "./browser";
import { createSecret, signUp } from "./flows";

const origin = inject("origin");
let browser: Browser;
let creator: BrowserContext;

beforeAll(async () => {
  // The tests run the CLI as built from the sources in this tree.
  execFileSync(process.execPath, ["cli/build.mjs"], { stdio: "inherit" });
  browser = await launchBrowser();
  creator = await newProfile(browser, { baseURL: origin });
});
afterAll(async () => browser?.close());

const TEXT = "first line\nzweite Zeile — ünïcødé 🔐\n\tindented";

describe("links between the browser and the CLI", () => {
  it("a link made in the browser, with a passphrase, opens in the CLI exactly as typed", async () => {
    const page = await creator.newPage();
    await signUp(page);
    const link = await createSecret(page, { text: TEXT, passphrase: "typed in the browser", maxViews: 2 });

    const wrong = await runCli(["open", link, "--passphrase-env", "P"], { env: { P: "not it" } });
    expect(wrong.stderr).toBe("Incorrect passphrase (4 attempts left)\n");
    expect(wrong.code).toBe(4);
    const opened = await runCli(["open", link, "--passphrase-env", "P"], { env: { P: "typed in the browser" } });
    expect(opened.stderr).toBe("");
    expect(opened.code).toBe(0);
    expect(opened.stdout.equals(Buffer.from(TEXT, "utf8"))).toBe(true);

    // The second of two views, in a browser: the CLI's view counted as one, like any other.
    const view = await (await newProfile(browser)).newPage();
    await view.goto(link);
    await view.getByLabel("Passphrase").fill("typed in the browser");
    await view.getByRole("button", { name: "View Secret" }).click();
    expect(await view.getByLabel("Secret", { exact: true }).inputValue({ timeout: 30_000 })).toBe(TEXT);
    const third = await runCli(["open", link, "--passphrase-env", "P"], { env: { P: "typed in the browser" } });
    expect(third.stderr).toBe("Secret not found or has already been viewed\n");
  });

  it("a link made by the CLI, with a passphrase, opens in the browser", async () => {
    const { token } = await newAccount(origin, "cli-to-browser");
    const shared = await runCli(["share", "--passphrase-env", "P", "--name", "from the terminal"], {
      input: TEXT,
      env: { ONCELINK_URL: origin, ONCELINK_TOKEN: token, P: "typed in a terminal" },
    });
    expect(shared.stderr).toBe("");
    const link = shared.stdout.toString().trim();
    expect(link).toMatch(new RegExp(`^${origin}/s/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$`));

    const view = await (await newProfile(browser)).newPage();
    await view.goto(link);
    await view.getByLabel("Passphrase").fill("typed in a terminal");
    await view.getByRole("button", { name: "View Secret" }).click();
    expect(await view.getByLabel("Secret", { exact: true }).inputValue({ timeout: 30_000 })).toBe(TEXT);
    await view.reload();
    await view.getByText("Secret not found or has already been viewed").waitFor();
  });
});
