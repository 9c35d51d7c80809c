// Steps the browser suites share, written the way a person does them: by labels and button names.
import type { Browser, Page } from "playwright-core";
import { inject } from "vitest";

export const PASSWORD = "plum kettle orbit saxophone 42";

let accounts = 0;
export function newEmail(label = "e2e"): string {
  return `${label}-${Date.now()}-${++accounts}@example.com`;
}

/**
 * Signs up on /signup and waits for the dashboard. The suite signs up more accounts from 127.0.0.1 than
 * SIGNUP_LIMITER lets through in a minute (5): when the form says so, it waits out the window and submits
 * again, as a person would.
 */
export async function signUp(page: Page, email = newEmail()): Promise<string> {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  const dashboard = page.getByRole("heading", { name: "Your Secrets" });
  const limited = page.getByText("Too many sign-ups from this address");
  for (let attempt = 0; ; attempt++) {
    await page.getByRole("button", { name: "Sign up" }).click();
    // PBKDF2 at 600k iterations on a busy machine can take a while.
    await dashboard.or(limited).first().waitFor({ timeout: 60_000 });
    if (await dashboard.isVisible()) return email;
    if (attempt === 7) throw new Error("sign-up still rate limited after 70 s");
    await page.waitForTimeout(10_000);
  }
}

/** Signs in on /signin with the suite's password and waits for the dashboard. */
export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByRole("heading", { name: "Your Secrets" }).waitFor();
}

export interface SecretFields {
  text: string;
  name?: string;
  passphrase?: string;
  maxViews?: number;
  recipientEmail?: string;
  requireLogin?: boolean;
  /** An "Expires in" choice by its label, e.g. "1 hour". */
  expiresIn?: string;
  /** Mails the link to `recipientEmail`; the helper waits until the dialog says it was sent. */
  sendByEmail?: boolean;
  notifyOnView?: boolean;
}

/** Creates a secret from the dashboard's dialog and answers the share link it shows. */
export async function createSecret(page: Page, fields: SecretFields): Promise<string> {
  if (new URL(page.url()).pathname !== "/") await page.goto("/");
  await page.getByRole("button", { name: "+ Create Secret" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Secret Text").fill(fields.text);
  if (fields.name) await dialog.getByLabel("Name").fill(fields.name);
  if (fields.passphrase) await dialog.getByLabel("Passphrase").fill(fields.passphrase);
  if (fields.expiresIn) await dialog.getByLabel("Expires in").selectOption({ label: fields.expiresIn });
  if (fields.maxViews) await dialog.getByLabel("Max views").fill(String(fields.maxViews));
  if (fields.recipientEmail || fields.requireLogin || fields.notifyOnView) {
    await dialog.getByText("More options").click();
  }
  if (fields.recipientEmail) await dialog.getByLabel("Recipient Email").fill(fields.recipientEmail);
  if (fields.requireLogin) await dialog.getByLabel("Require login to view").check();
  if (fields.sendByEmail) await dialog.getByLabel("Send via email").check();
  if (fields.notifyOnView) await dialog.getByLabel("Notify me when viewed").check();
  await dialog.getByRole("button", { name: "Create Secret", exact: true }).click();
  await dialog.getByText("Secret created.").waitFor({ timeout: 30_000 });
  if (fields.sendByEmail) await dialog.getByText(`Link sent to ${fields.recipientEmail}.`).waitFor();
  const link = await dialog.getByLabel("Share link").inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();
  await dialog.waitFor({ state: "hidden" });
  return link;
}

/**
 * The text of the newest mail to `to` whose subject contains `subject`, from the dev outbox (npm start
 * keeps mail there instead of sending it). Every sign-up mails a verification link, hence the subject.
 */
export async function mailTo(browser: Browser, to: string, subject: string): Promise<string> {
  // Read as the developer would, from this machine's own address: the outbox answers no other caller,
  // and the test profiles each claim an address of their own (see newProfile).
  const local = await browser.newContext({ baseURL: inject("origin") });
  const page = await local.newPage();
  const mail = page
    .getByRole("article")
    .filter({ hasText: `To ${to} ·` })
    .filter({ has: page.getByRole("heading", { name: subject }) });
  try {
    for (let attempt = 0; attempt < 20; attempt++) {
      await page.goto("/dev/outbox");
      if ((await mail.count()) > 0) return (await mail.first().locator("pre").textContent()) ?? "";
      await page.waitForTimeout(500);
    }
  } finally {
    await local.close();
  }
  throw new Error(`no mail "${subject}" to ${to} in the dev outbox`);
}

/** The /verify link of the newest verification mail to `to`. */
export async function verificationLinkTo(browser: Browser, to: string): Promise<string> {
  const text = await mailTo(browser, to, "Confirm your email address");
  const link = /(https?:\/\/\S+\/verify#[A-Za-z0-9_-]{43})/.exec(text)?.[1];
  if (!link) throw new Error(`no verification link in the mail to ${to}`);
  return link;
}

/** Follows a link of the app's navigation: the sidebar, or on a phone the bar's Menu first. */
export async function openFromNav(page: Page, name: string): Promise<void> {
  const menu = page.getByRole("button", { name: "Menu" });
  if (await menu.isVisible()) await menu.click();
  await page.getByRole("link", { name, exact: true }).click();
}

/** Opens Audit Logs from the sidebar and waits for its first answer. */
export async function openAuditLogs(page: Page): Promise<void> {
  await openFromNav(page, "Audit Logs");
  await page.getByRole("heading", { name: "Audit Logs" }).waitFor();
  await page.getByText("Loading events…").waitFor({ state: "detached" });
}

/** The audit table's row for an action (its label, e.g. "View") on a resource of that name. */
export function auditRow(page: Page, action: string, resourceName: string) {
  return page
    .getByRole("row")
    .filter({ has: page.getByRole("cell", { name: action, exact: true }) })
    .filter({ has: page.getByText(resourceName, { exact: true }) });
}

/**
 * Waits for a row to appear, pressing Refresh meanwhile: a view is recorded by the secret's Durable
 * Object and reaches the log a moment after the recipient saw the secret.
 */
export async function waitForAuditRow(page: Page, row: ReturnType<typeof auditRow>): Promise<void> {
  for (let attempt = 0; attempt < 20 && (await row.count()) === 0; attempt++) {
    await page.waitForTimeout(500);
    await page.getByRole("button", { name: "Refresh" }).click();
  }
  await row.first().waitFor({ timeout: 1_000 });
}

/**
 * Creates a secret the way a script does, through the API in plaintext mode, with the page's session:
 * quicker than the dialog where the dialog is not what a test is about. Answers the full link.
 */
export async function createSecretByApi(
  page: Page,
  fields: {
    text: string;
    name?: string;
    expiresIn?: number;
    maxViews?: number;
    recipientEmail?: string;
    notifyOnView?: boolean;
    passphrase?: string;
    requireLogin?: boolean;
    /** Needs the page's account verified: the recipient is shown its email. */
    showSender?: boolean;
  },
): Promise<string> {
  const origin = new URL(page.url()).origin;
  const response = await page.request.post(`${origin}/api/secrets`, {
    headers: { origin },
    data: { expiresIn: 3600, ...fields },
  });
  if (response.status() !== 201) throw new Error(`creating a secret answered ${response.status()}`);
  return ((await response.json()) as { link: string }).link;
}

/** The page's cumulative layout shift so far, the way Core Web Vitals counts it (shifts after input excluded). */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: "layout-shift", buffered: true });
        // Buffered entries arrive in a callback of their own, after this task.
        setTimeout(() => resolve(total), 300);
      }),
  );
}
