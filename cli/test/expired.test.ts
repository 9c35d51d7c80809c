// Run last (vitest.cli.config.ts): the secret made with a minute's expiry by global-setup.ts has expired.
import { describe, expect, inject, it } from "vitest";
import { runCli } from "./cli-harness";

const expiring = inject("expiring");

describe("an expired secret", () => {
  it("exits 3 with the product's words", async () => {
    // Whatever is left of the minute (the API's shortest expiry) once the other files have run.
    const wait = Date.parse(expiring.expiresAt) - Date.now() + 1_000;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    const run = await runCli(["open", expiring.link]);
    expect(run.stdout.length).toBe(0);
    expect(run.stderr).toBe("This secret has expired\n");
    expect(run.code).toBe(3);
  }, 90_000);
});
