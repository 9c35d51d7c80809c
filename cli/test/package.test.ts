// The published package: `npm pack` in cli/ gives a tarball that installs with no registry (it has no
// dependencies) and runs on Node 20 alone, share/open round trip included.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { CLI_NODE, CLI_NODE_VERSION, newAccount, runCli } from "./cli-harness";

const origin = inject("origin");
const cliDir = new URL("..", import.meta.url).pathname;
let installed: string;

beforeAll(() => {
  const work = mkdtempSync(join(tmpdir(), "oncelink-pack-"));
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: cliDir, encoding: "utf8" }),
  ) as { filename: string; files: { path: string }[] }[];
  expect(packed[0]?.files.map((file) => file.path).sort()).toEqual(["dist/oncelink.mjs", "package.json"]);
  const app = join(work, "app");
  execFileSync("mkdir", ["-p", app]);
  writeFileSync(join(app, "package.json"), '{ "private": true }\n');
  // --offline: a clean machine needs nothing but the tarball.
  execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", join(work, packed[0]?.filename ?? "")], {
    cwd: app,
    stdio: "pipe",
  });
  installed = app;
}, 120_000);

describe(`the npm package on Node ${CLI_NODE_VERSION}`, () => {
  it("has no dependencies and one file to run", () => {
    const manifest = JSON.parse(
      execFileSync("cat", [join(installed, "node_modules/oncelink/package.json")], { encoding: "utf8" }),
    );
    expect(manifest.dependencies).toBeUndefined();
    expect(manifest.bin).toEqual({ oncelink: "dist/oncelink.mjs" });
    expect(readdirSync(join(installed, "node_modules"))).toEqual(expect.arrayContaining(["oncelink"]));
  });

  it("runs from its bin link with only the system's Node on PATH", () => {
    const version = execFileSync(join(installed, "node_modules/.bin/oncelink"), ["--version"], {
      env: { PATH: `${dirname(CLI_NODE)}:/bin` },
      encoding: "utf8",
    });
    expect(version).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it("shares and opens a secret", async () => {
    const { token } = await newAccount(origin, "cli-package");
    const entry = join(installed, "node_modules/oncelink/dist/oncelink.mjs");
    const text = "from the tarball\nünïcødé ✓";
    const env = { ONCELINK_URL: origin, ONCELINK_TOKEN: token, P: "tarball passphrase" };
    const shared = await runCli(["share", "--passphrase-env", "P"], { input: text, env, entry });
    expect(shared.stderr).toBe("");
    const opened = await runCli(["open", shared.stdout.toString().trim(), "--passphrase-env", "P"], { env, entry });
    expect(opened.stderr).toBe("");
    expect(opened.stdout.toString()).toBe(text);
  });
});
