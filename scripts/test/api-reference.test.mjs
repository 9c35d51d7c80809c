// docs/api.md against the code: every error the Worker can answer is in "Error codes" (and nothing else is),
// and "Body limits" is the route table's. Run alone: `node --test scripts/test/api-reference.test.mjs`.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import "../bench/resolve-ts.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const { ERROR_CODES } = await import("../../protocol/enums.ts");
const { API_ROUTES, ANY_ROUTE_ERRORS, BAD_TOKEN_ERROR } = await import("../../protocol/routes.ts");

const read = (path) => readFileSync(join(root, path), "utf8");

function workerSources(dir = "worker") {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return entry.name === "test" ? [] : workerSources(path);
    return /\.ts$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The rows of the Markdown table under `## heading` in docs/api.md, as arrays of trimmed cells. */
function tableUnder(markdown, heading) {
  const start = markdown.indexOf(`\n## ${heading}\n`);
  assert.ok(start >= 0, `docs/api.md has no "## ${heading}" section`);
  const section = markdown.slice(start + 1).split(/\n## /)[0];
  return section
    .split("\n")
    .filter((line) => line.startsWith("|") && !/^\|\s*-/.test(line))
    .slice(1)
    .map((line) =>
      line
        .slice(1, -1)
        .split("|")
        .map((cell) => cell.trim()),
    );
}

/** "STATUS code" for every error the Worker can send, with where each was found. */
function sentErrors() {
  const sent = new Map();
  const add = (answer, where) => sent.set(answer, [...(sent.get(answer) ?? []), where]);
  for (const path of workerSources()) {
    const source = read(path);
    const calls = source.match(/new ApiError\(/g)?.length ?? 0;
    const literal = [...source.matchAll(/new ApiError\(\s*(\d{3}),\s*"([a-z_]+)"/g)];
    // A status or code in a variable would hide from this scan: keep both literal at every call.
    assert.equal(literal.length, calls, `${path}: every new ApiError(...) must name its status and code literally`);
    for (const [, status, code] of literal) add(`${status} ${code}`, path);
  }
  // renderError (worker/http/errors.ts) maps the framework's own 4xx and anything unexpected.
  const errors = read("worker/http/errors.ts");
  for (const [, status, code] of errors.matchAll(/=== (\d{3}) \? "([a-z_]+)"/g))
    add(`${status} ${code}`, "renderError");
  for (const [, code] of errors.matchAll(/: "([a-z_]+)";\n/g)) add(`4xx ${code}`, "renderError");
  for (const [, code, status] of errors.matchAll(/errorBody\("([a-z_]+)", "[^"]*"\), (\d{3})\)/g)) {
    add(`${status} ${code}`, "renderError");
  }
  for (const route of API_ROUTES) for (const answer of route.errors) add(answer, `${route.method} ${route.path}`);
  for (const answer of [...ANY_ROUTE_ERRORS, BAD_TOKEN_ERROR]) add(answer, "any route (protocol/route-types.ts)");
  return sent;
}

const apiDoc = read("docs/api.md");
const documented = new Map(
  tableUnder(apiDoc, "Error codes").map(([status, code]) => [`${status} ${code.replaceAll("`", "")}`, true]),
);
const sent = sentErrors();

test("every error the Worker can send is a row of docs/api.md, Error codes", () => {
  const missing = [...sent.keys()].filter((answer) => !documented.has(answer));
  assert.deepEqual(
    missing.map((answer) => `${answer} (sent by ${sent.get(answer).join(", ")})`),
    [],
    'add a row "| STATUS | `code` | when | extra |" to docs/api.md, "## Error codes", for each',
  );
});

test("every code of ERROR_CODES is documented and sent somewhere", () => {
  const documentedCodes = new Set([...documented.keys()].map((answer) => answer.split(" ")[1]));
  const sentCodes = new Set([...sent.keys()].map((answer) => answer.split(" ")[1]));
  assert.deepEqual(
    ERROR_CODES.filter((code) => !documentedCodes.has(code)),
    [],
    'in ERROR_CODES (protocol/enums.ts) but not in docs/api.md "## Error codes": add a row',
  );
  assert.deepEqual(
    ERROR_CODES.filter((code) => !sentCodes.has(code)),
    [],
    "in ERROR_CODES but no new ApiError(...), renderError or route-table entry sends it: remove it or send it",
  );
});

test("docs/api.md, Error codes, names nothing the Worker never sends", () => {
  assert.deepEqual(
    [...documented.keys()].filter((answer) => !sent.has(answer)),
    [],
    'stale rows in docs/api.md "## Error codes" (or a route-table entry is missing in protocol/routes-*.ts)',
  );
});

test("the error model of docs/protocol.md section 4 names only codes the Worker sends", () => {
  const protocol = read("docs/protocol.md");
  const model = protocol.slice(protocol.indexOf("\n## 4. Error model"), protocol.indexOf("\n## 5. "));
  const rows = [...model.matchAll(/^\| `([a-z_]+)` +\| (\w+) +\|/gm)].map(([, code, status]) => `${status} ${code}`);
  assert.ok(rows.length > 10, "docs/protocol.md section 4 has its table of codes");
  assert.deepEqual(
    rows.filter((answer) => !sent.has(answer)),
    [],
    "stale rows in docs/protocol.md, 4. Error model",
  );
});

const KIB = 1024;
function limitText(limit) {
  if (limit === "secret") return "secret-sized";
  if (limit % KIB === 0) return `${limit / KIB} KiB`;
  return `${limit.toLocaleString("en-US")} bytes`;
}

test("docs/api.md, Body limits, is the route table's bodyLimit of every route", () => {
  const table = tableUnder(apiDoc, "Body limits").map(([route, limit]) => `${route.replaceAll("`", "")}: ${limit}`);
  const expected = API_ROUTES.filter((route) => route.bodyLimit !== undefined).map(
    (route) => `${route.method} ${route.path}: ${limitText(route.bodyLimit)}`,
  );
  // Only the start of a limit cell is compared, so it may explain itself ("1,048,592 bytes (a sealed chunk)").
  const actual = table.map((row) => expected.find((line) => row.startsWith(line)) ?? row);
  assert.deepEqual(
    actual.toSorted(),
    expected.toSorted(),
    'docs/api.md "## Body limits" must have one row "| `METHOD /path` | limit |" per route with a bodyLimit',
  );
});
