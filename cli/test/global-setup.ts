// Global setup of the CLI suite: bundles the CLI afresh (so the tests never run a stale dist/), starts the
// app once as `npm start` does (e2e/start-app.ts: its own port and local state), and makes the one secret
// that must have expired by the time the last file runs.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { setup as startApp, teardown as stopApp } from "../../e2e/start-app";
import { newAccount, runCli } from "./cli-harness";

export async function setup(project: TestProject): Promise<void> {
  if (!existsSync("dist/web/index.html")) throw new Error("No built UI in dist/web: run npm run build first");
  execFileSync(process.execPath, ["cli/build.mjs"], { stdio: "inherit" });
  await startApp(project);
  const { origin } = project.getProvidedContext();
  const { token } = await newAccount(origin, "cli-expiry");
  // The shortest expiry the API allows (a minute): made first, opened by the file that runs last.
  const shared = await runCli(["share", "--expires", "1m", "--json"], {
    input: "gone in a minute",
    env: { ONCELINK_URL: origin, ONCELINK_TOKEN: token },
  });
  if (shared.code !== 0) {
    await stopApp();
    throw new Error(`the expiring secret was not shared: ${shared.stderr}`);
  }
  project.provide("expiring", JSON.parse(shared.stdout.toString()) as ExpiringSecret);
}

export const teardown = stopApp;

interface ExpiringSecret {
  link: string;
  id: string;
  expiresAt: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    expiring: ExpiringSecret;
  }
}
