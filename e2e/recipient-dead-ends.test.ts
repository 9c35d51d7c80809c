// What a recipient reads when a link can't open: what happened, what to do next, what Oncelink is.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { createSecretByApi, signUp, verificationLinkTo } from "./flows";

const origin = inject("origin");
let browser: Browser;
let creator: Page;
let creatorEmail: string;

beforeAll(async () => {
  browser = await launchBrowser();
  creator = await (await newProfile(browser, { baseURL: origin })).newPage();
  creatorEmail = await signUp(creator);
});
afterAll(async () => browser?.close());

async function recipient(): Promise<Page> {
  return (await newProfile(browser)).newPage();
}

/** The same link with one character of its key changed, as a mistyped link has: still well formed. */
function withWrongKey(link: string): string {
  const [base, key = ""] = link.split("#");
  return `${base}#${key.slice(0, 5)}${key[5] === "A" ? "B" : "A"}${key.slice(6)}`;
}

describe("recipient dead ends", () => {
  it("a mistyped key says so at View, and nothing was opened: the right link still works", async () => {
    const link = await createSecretByApi(creator, { text: "still here" });
    const view = await recipient();
    const requests: string[] = [];
    view.on("request", (request) => requests.push(`${request.method()} ${new URL(request.url()).pathname}`));
    await view.goto(withWrongKey(link));
    await view.getByRole("button", { name: "View Secret" }).click();
    await view.getByText("This link is mistyped or cut off.").waitFor();
    await view.getByText("Nothing was opened: the secret is still there.").waitFor();
    await view.getByRole("link", { name: "Create your own" }).waitFor();
    expect(requests.filter((r) => r.endsWith("/reveal"))).toHaveLength(1);

    // A new tab, as a person would open the corrected link (the same address would only change the fragment).
    const again = await view.context().newPage();
    await again.goto(link);
    await again.getByRole("button", { name: "View Secret" }).click();
    expect(await again.getByLabel("Secret", { exact: true }).inputValue()).toBe("still here");
  });

  it("a key cut off says so before any click, and the brand is not a way to a sign-in form", async () => {
    const link = await createSecretByApi(creator, { text: "cut" });
    const view = await recipient();
    await view.goto(link.slice(0, -10));
    await view.getByText("This link is mistyped or cut off.").waitFor();
    expect(await view.getByRole("button", { name: "View Secret" }).count()).toBe(0);
    expect(await view.getByRole("link", { name: "Oncelink", exact: true }).count()).toBe(0);
    expect(await view.title()).toBe("A secret for you · Oncelink");
  });

  it("a viewed secret says to ask the sender for a new link, and what Oncelink is", async () => {
    const link = await createSecretByApi(creator, { text: "once" });
    const view = await recipient();
    await view.goto(link);
    await view.getByRole("button", { name: "View Secret" }).click();
    await view.getByLabel("Secret", { exact: true }).waitFor();
    await view.reload();
    await view.getByText("Secret not found or has already been viewed.").waitFor();
    await view.getByText("Ask the sender for a new link.").waitFor();
    await view.getByText("Oncelink shares passwords and other secrets through links that open once").waitFor();
    await view.getByRole("link", { name: "Create your own" }).click();
    await view.waitForURL(`${origin}/`);
    await view.getByText("Share passwords and API keys through links that open once.").waitFor();
  });

  it("focuses the passphrase field, with a hint, and offers Sign in to view as a button", async () => {
    const withPassphrase = await createSecretByApi(creator, { text: "p", passphrase: "tangerine-42" });
    const view = await recipient();
    await view.goto(withPassphrase);
    const field = view.getByLabel("Passphrase");
    await field.waitFor();
    expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await field.getAttribute("aria-describedby")).toBe("passphrase-hint");
    await view.getByText("should tell you separately").waitFor();

    const signedInOnly = await createSecretByApi(creator, { text: "l", requireLogin: true });
    await view.goto(signedInOnly);
    await view.getByRole("button", { name: "Sign in to view" }).click();
    await view.waitForURL(/\/signin\?next=/);
  });

  it("names the sender only when the creator chose to, with their verified address", async () => {
    const anonymous = await createSecretByApi(creator, { text: "a" });
    await creator.goto(await verificationLinkTo(browser, creatorEmail));
    await creator.getByRole("button", { name: "Confirm my address" }).click();
    await creator.getByText("is verified.").waitFor();
    const signed = await createSecretByApi(creator, { text: "b", showSender: true });
    const view = await recipient();
    await view.goto(signed);
    await view.getByRole("heading", { name: `${creatorEmail} shared a secret with you` }).waitFor();
    await view.goto(anonymous);
    await view.getByRole("heading", { name: "Someone shared a secret with you" }).waitFor();
  });
});
