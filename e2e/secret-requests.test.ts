// Secret requests in real browsers (PROTOCOL 9): the requester asks, a second browser with no account
// answers at /r/{id}, the requester opens the answer once; and the inbox link carries the key to a third.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, newProfile } from "./browser";
import { PASSWORD, signUp } from "./flows";

const origin = inject("origin");
let browser: Browser;
const problems: string[] = [];

function watch(page: Page): Page {
  page.on("console", (message) => message.type() === "error" && problems.push(message.text()));
  page.on("pageerror", (error) => problems.push(error.message));
  return page;
}

beforeAll(async () => {
  browser = await launchBrowser();
});

/** A requester's browser of its own for each test: each signs up afresh. */
async function requesterPage(): Promise<Page> {
  const requester: BrowserContext = await newProfile(browser, { baseURL: origin });
  return watch(await requester.newPage());
}
afterAll(async () => browser?.close());

/** Fills the New request page (prefilled by its query) and answers the request link and the inbox link. */
async function askFor(page: Page, query: string): Promise<{ link: string; inbox: string }> {
  await page.goto(`/requests/new?${query}`);
  await page.getByRole("button", { name: "Create request" }).click();
  await page.getByRole("heading", { name: "Your request is ready" }).waitFor();
  const link = await page.getByLabel("Request link").inputValue();
  const inbox = await page.getByLabel("Inbox link (shown once)").inputValue();
  return { link, inbox };
}

async function answer(link: string, text: string): Promise<Page> {
  const responder = await newProfile(browser);
  const page = watch(await responder.newPage());
  await page.goto(link);
  await page.getByRole("heading", { name: "Staging DB password" }).waitFor();
  await page.getByLabel("The secret").fill(text);
  await page.getByRole("button", { name: "Encrypt and send" }).click();
  await page.getByRole("heading", { name: "Sent" }).waitFor();
  return page;
}

describe("a secret request in real browsers", () => {
  it("is asked, answered in a second browser without an account, and opened once by the requester", async () => {
    const page = await requesterPage();
    const email = await signUp(page);
    const { link, inbox } = await askFor(page, "name=Staging%20DB%20password&note=For%20Friday&expiresIn=86400");
    expect(link).toMatch(new RegExp(`^${origin}/r/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$`));
    expect(inbox).toMatch(new RegExp(`^${origin}/requests/[A-Za-z0-9_-]{22}#[A-Za-z0-9_-]{43}$`));

    const text = "postgres://staging:s3cr3t@db\nsecond line ✓";
    const responder = await answer(link, text);
    expect(await responder.getByText(`Only ${email} (address not verified) can open it`).count()).toBe(1);

    await page.goto("/requests");
    const card = page.getByRole("article", { name: "Staging DB password" });
    await card.getByText("Answered").waitFor();
    await card.getByText(/Unknown \(no account\)/).waitFor();
    await card.getByRole("button", { name: "Open once" }).click();
    expect(await card.getByLabel("The secret").inputValue()).toBe(text);
    await page.reload();
    await page.getByRole("article", { name: "Staging DB password" }).getByText("Opened").waitFor();

    // The responder's page, reloaded, says the request takes nothing more.
    await responder.reload();
    await responder.getByText("This request has all the responses it accepts").waitFor();
    expect(problems).toEqual([]);
  });

  it("works from a link without its fragment, and the inbox link opens the answer on another device", async () => {
    const page = await requesterPage();
    const email = await signUp(page);
    const { link, inbox } = await askFor(page, "name=Staging%20DB%20password");
    await answer(link.split("#")[0] ?? "", "from a bare link");

    const otherDevice = await newProfile(browser, { baseURL: origin });
    const second = watch(await otherDevice.newPage());
    // Signed out there: the sign-in detour keeps the key (the fragment never goes to the server).
    await second.goto(inbox);
    await second.getByLabel("Email").fill(email);
    await second.getByLabel("Password").fill(PASSWORD);
    await second.getByRole("button", { name: "Sign in", exact: true }).click();
    await second.getByText("This request's key is now kept in this browser").waitFor();
    expect(new URL(second.url()).hash).toBe("");
    const card = second.getByRole("article", { name: "Staging DB password" });
    await card.getByRole("button", { name: "Open once" }).click();
    expect(await card.getByLabel("The secret").inputValue()).toBe("from a bare link");
    expect(problems).toEqual([]);
  });

  it("refuses to send when the link's key check does not match the request's key", async () => {
    const page = await requesterPage();
    await signUp(page);
    const { link } = await askFor(page, "name=Staging%20DB%20password");
    const stranger = await newProfile(browser);
    const view = await stranger.newPage();
    await view.goto(link.replace(/#.*/, `#${"A".repeat(43)}`));
    await view.getByText("This request's key does not match its link").waitFor();
    expect(await view.getByRole("button", { name: "Encrypt and send" }).count()).toBe(0);
  });

  it("says so on the responder's page once its asker closed it, and offers no way to send", async () => {
    const page = await requesterPage();
    await signUp(page);
    const { link } = await askFor(page, "name=Staging%20DB%20password");
    await page.goto("/requests");
    const card = page.getByRole("article", { name: "Staging DB password" });
    await card.getByRole("button", { name: "Close request" }).click();
    await page.getByRole("alertdialog").getByRole("button", { name: "Close request" }).click();
    await card.getByRole("button", { name: "Close request" }).waitFor({ state: "detached" });

    const responder = watch(await (await newProfile(browser)).newPage());
    await responder.goto(link);
    await responder.getByRole("heading", { name: "Staging DB password" }).waitFor();
    await responder.getByText("This request was closed by the person who asked").waitFor();
    expect(await responder.getByRole("button", { name: "Encrypt and send" }).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it("refuses an answer over the size limit before encrypting, says why, and keeps what was typed", async () => {
    const page = await requesterPage();
    await signUp(page);
    const { link } = await askFor(page, "name=Staging%20DB%20password");
    const responder = watch(await (await newProfile(browser)).newPage());
    await responder.goto(link);
    const box = responder.getByLabel("The secret");
    const huge = "x".repeat(1_100_000); // past the default MAX_SECRET_BYTES (1 MiB)
    await box.fill(huge);
    await responder.getByText(/^Too large: .* of 1(\.0)? MB\. Shorten it/).waitFor();
    await responder.getByRole("button", { name: "Encrypt and send" }).click();
    expect(await box.evaluate((el: HTMLTextAreaElement) => el.validity.customError)).toBe(true);
    expect((await box.inputValue()).length).toBe(huge.length);
    await page.goto("/requests");
    const card = page.getByRole("article", { name: "Staging DB password" });
    await card.getByText("No response yet").waitFor(); // nothing was sent
    expect(problems).toEqual([]);
  });

  it("has no serious or critical accessibility findings on its pages", async () => {
    const findings = async (page: Page) => {
      const { violations } = await new AxeBuilder({ page }).analyze();
      return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
    };
    const page = await requesterPage();
    await signUp(page);
    await page.goto("/requests/new?name=Staging%20DB%20password");
    await page.getByRole("button", { name: "Create request" }).waitFor();
    expect(await findings(page)).toEqual([]);
    const { link } = await askFor(page, "name=Staging%20DB%20password");
    expect(await findings(page)).toEqual([]);
    const responder = await (await newProfile(browser)).newPage();
    await responder.goto(link);
    await responder.getByRole("button", { name: "Encrypt and send" }).waitFor();
    expect(await findings(responder)).toEqual([]);
    await page.goto("/requests");
    await page.getByRole("article", { name: "Staging DB password" }).waitFor();
    expect(await findings(page)).toEqual([]);
  });
});
