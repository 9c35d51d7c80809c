// What the browser suite needs before any test runs, made through the public API only.
import { MIN_EXPIRES_IN } from "../protocol/limits";
import { newEmail, PASSWORD } from "./flows";

export interface Seed {
  /** The first account of the deployment, hence its admin. */
  adminEmail: string;
  /**
   * A secret made with the shortest expiry the API allows (60 s). The app offers no way to move a
   * secret's clock, so it is made here, before every test file, and has expired by the time the
   * expired-link test (run last) opens it; that test only waits for whatever is left of the minute.
   */
  expiring: { link: string; expiresAt: string };
}

export async function seed(origin: string): Promise<Seed> {
  // An address of its own, apart from the ones the browser profiles use (e2e/browser.ts).
  const headers = { "content-type": "application/json", origin, "CF-Connecting-IP": "198.19.0.1" };
  const adminEmail = newEmail("admin");
  const signup = await fetch(`${origin}/api/auth/signup`, {
    method: "POST",
    headers,
    body: JSON.stringify({ email: adminEmail, password: PASSWORD }),
  });
  if (signup.status !== 201) throw new Error(`seed sign-up answered ${signup.status}: ${await signup.text()}`);
  const cookie = (signup.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

  // Plaintext mode: the server seals the text itself and answers the full link, key included.
  const created = await fetch(`${origin}/api/secrets`, {
    method: "POST",
    headers: { ...headers, cookie },
    body: JSON.stringify({ text: "gone in a minute", name: "Expires in a minute", expiresIn: MIN_EXPIRES_IN }),
  });
  if (created.status !== 201) throw new Error(`seed secret answered ${created.status}: ${await created.text()}`);
  const { link, secret } = (await created.json()) as { link: string; secret: { expiresAt: string } };
  return { adminEmail, expiring: { link, expiresAt: secret.expiresAt } };
}
