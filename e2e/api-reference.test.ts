// The browsable API reference at /docs/api: Scalar's bundle, served by the deployment itself, draws the
// OpenAPI document under its own strict CSP (protocol/security-policy.ts, apiReferenceCsp) without one
// violation, and asks nothing of any other origin (this machine has no internet, so it could not).
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { API_REFERENCE_PATH, apiReferenceCsp } from "../protocol/security-policy";
import { launchBrowser, newProfile } from "./browser";

const origin = inject("origin");
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("the API reference", () => {
  it("draws the document under its own policy, with no error and nothing from elsewhere", async () => {
    const page = await (await newProfile(browser, { baseURL: origin })).newPage();
    const problems: string[] = [];
    const elsewhere: string[] = [];
    // The one refusal expected: zod, inside Scalar's bundle, probes `Function("")` once to choose between its
    // compiled and its plain validators, and takes the plain ones when the CSP says no (no 'unsafe-eval').
    const EVAL_PROBE = "CSP violation: script-src eval";
    page.on("console", (message) => {
      if (message.type() === "error" && message.text() !== EVAL_PROBE) problems.push(message.text());
    });
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("request", (request) => !request.url().startsWith(origin) && elsewhere.push(request.url()));
    await page.addInitScript(() => {
      addEventListener("securitypolicyviolation", (event) => {
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    const res = await page.goto(API_REFERENCE_PATH);
    expect(res?.headers()["content-security-policy"]).toBe(apiReferenceCsp());
    await page.getByRole("heading", { name: "Oncelink API" }).waitFor({ timeout: 30_000 });
    await page.getByRole("button", { name: "Open Group - secrets" }).first().click();
    await page.getByText("Create a secret").first().click();
    await page.getByText("Who may call:").first().waitFor();
    const text = (await page.locator("body").textContent()) ?? "";
    for (const summary of ["Health check", "Create a secret", "Reveal a secret with its key proof"]) {
      expect(text, summary).toContain(summary);
    }
    // Not networkidle: the reference keeps a request of its own open (its live-reload check of the document).
    await page.getByText("Show Schema").first().waitFor();
    expect(problems).toEqual([]);
    expect(elsewhere).toEqual([]);
  });
});
