// Steps the browser suites share, written the way a person does them: by labels and button names.
import type { Page } from "playwright-core";

export const PASSWORD = "plum kettle orbit saxophone 42";

let accounts = 0;
export function newEmail(label = "e2e"): string {
  return `${label}-${Date.now()}-${++accounts}@example.com`;
}

/** Signs up on /signup and waits for where it leads: the dashboard unless a `next` path says otherwise. */
export async function signUp(page: Page, email = newEmail()): Promise<string> {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign up" }).click();
  await page.getByRole("heading", { name: "Your Secrets" }).waitFor();
  return email;
}

export interface SecretFields {
  text: string;
  name?: string;
  passphrase?: string;
  maxViews?: number;
  recipientEmail?: string;
  requireLogin?: boolean;
}

/** Creates a secret from the dashboard's dialog and answers the share link it shows. */
export async function createSecret(page: Page, fields: SecretFields): Promise<string> {
  if (new URL(page.url()).pathname !== "/") await page.goto("/");
  await page.getByRole("button", { name: "+ Create Secret" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Secret Text").fill(fields.text);
  if (fields.name) await dialog.getByLabel("Name").fill(fields.name);
  if (fields.passphrase) await dialog.getByLabel("Passphrase").fill(fields.passphrase);
  if (fields.maxViews) await dialog.getByLabel("Max views").fill(String(fields.maxViews));
  if (fields.recipientEmail) await dialog.getByLabel("Recipient Email").fill(fields.recipientEmail);
  if (fields.requireLogin) await dialog.getByLabel("Require login to view").check();
  await dialog.getByRole("button", { name: "Create Secret", exact: true }).click();
  await dialog.getByText("Secret created.").waitFor({ timeout: 30_000 });
  const link = await dialog.getByLabel("Share link").inputValue();
  await dialog.getByRole("button", { name: "Done" }).click();
  await dialog.waitFor({ state: "hidden" });
  return link;
}
