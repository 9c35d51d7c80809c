// docs/configuration.md is generated (npm run docs:configuration): it must be current, and every variable or
// binding the code reads must be in it. Run alone: `node --test scripts/test/configuration-doc.test.mjs`.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const SKIPPED = new Set(["node_modules", "dist", ".wrangler", ".git", "bench-results", "test-results"]);

function sources(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIPPED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) && entry.name !== "worker-configuration.d.ts" ? [path] : [];
  });
}

/** Every NAME the code reads as a variable or binding, with the files that read it. */
function variablesRead() {
  const found = new Map();
  const add = (name, path) => found.set(name, [...new Set([...(found.get(name) ?? []), relative(root, path)])]);
  for (const path of sources(root)) {
    const text = readFileSync(path, "utf8");
    const inWorker = relative(root, path).startsWith("worker/");
    const inCli = relative(root, path).startsWith("cli/src/");
    // The Worker's env (bindings, secrets; [vars] go through worker/config.ts), and the CLI's env parameter.
    if (inWorker || inCli) {
      for (const [, name] of text.matchAll(/\benv\.([A-Z][A-Z0-9_]+)/g)) add(name, path);
      for (const [, name] of text.matchAll(/\benv\["([A-Z][A-Z0-9_]+)"\]/g)) add(name, path);
    }
    for (const [, name] of text.matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g)) add(name, path);
    for (const [, name] of text.matchAll(/process\.env\["([A-Z][A-Z0-9_]+)"\]/g)) add(name, path);
    // process.env[name] with the name in a variable (scripts/crash/options.ts): the upper-case names that
    // file passes as a call's first argument are the variables it reads.
    if (/process\.env\[[a-z]/.test(text)) {
      for (const [, name] of text.matchAll(/\w\("([A-Z][A-Z0-9]*_[A-Z0-9_]+)"/g)) add(name, path);
    }
  }
  return found;
}

const documented = () =>
  new Set(
    [...readFileSync(join(root, "docs/configuration.md"), "utf8").matchAll(/^\| `([A-Z][A-Z0-9_]+)` +\|/gm)].map(
      ([, name]) => name,
    ),
  );

test("docs/configuration.md is what npm run docs:configuration writes", () => {
  const run = spawnSync(
    process.execPath,
    ["--experimental-transform-types", "--no-warnings", "scripts/write-configuration-doc.mjs", "--check"],
    { cwd: root, encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } },
  );
  assert.equal(run.status, 0, `${run.stderr}${run.stdout}`);
});

test("every variable and binding the code reads is in docs/configuration.md", () => {
  const listed = documented();
  const read = variablesRead();
  assert.ok(read.has("DB") && read.has("PORT") && read.has("CRASH_ROUNDS"), "the scan finds the code's variables");
  const missing = [...read]
    .filter(([name]) => !listed.has(name))
    .map(([name, files]) => `${name} (${files.join(", ")})`);
  assert.deepEqual(
    missing,
    [],
    "declare each where it belongs (a [vars] field with .describe() in worker/config.ts, a secret in " +
      "worker/env-secrets.d.ts, a binding in wrangler.toml with a # comment, or a tooling variable in " +
      "TOOLING_VARIABLES of scripts/configuration-tooling-variables.mjs), then run npm run docs:configuration",
  );
});
