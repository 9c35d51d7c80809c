// Writes docs/configuration.md from where each setting is declared, so no variable goes undocumented:
// - [vars]: worker/config.ts, each field's .describe(), with wrangler.toml's value as the default;
// - secrets: worker/env-secrets.d.ts, each field's /** comment */;
// - bindings, rate limiters, Durable Object migrations, crons: wrangler.toml as wrangler reads it, each
//   binding described by the `# comment` on its name line;
// - variables the tooling reads (npm start, the tests, the bench, the CLI): TOOLING_VARIABLES in scripts/configuration-tooling-variables.mjs.
//   npm run docs:configuration            # rewrite docs/configuration.md
//   npm run docs:configuration -- --check # exit 1 if it is out of date (scripts/test/configuration-doc.test.mjs)
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import "./bench/resolve-ts.mjs";
import { TEST_BINDINGS, TOOLING_VARIABLES } from "./configuration-tooling-variables.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
export const DOC_PATH = "docs/configuration.md";

const cell = (text) => String(text).replaceAll("|", "\\|").replaceAll("\n", " ");
const code = (text) => `\`${text}\``;
const table = (head, rows) =>
  [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
  ].join("\n");

/** The `# comment` on the line that names a binding in wrangler.toml. */
function bindingComment(toml, name) {
  const line = toml.split("\n").find((l) => new RegExp(`^\\s*(binding|name)\\s*=\\s*"${name}"`).test(l));
  const comment = line?.match(/#\s*(.+)$/)?.[1];
  if (!comment) problems.push(`wrangler.toml: add a comment saying what ${name} is for: \`binding = "${name}" # ...\``);
  return comment ?? "";
}

/** Binding kinds this deployment does not use yet, so a branch that adds one is documented without code here. */
const OTHER_BINDINGS = [
  ["Queue producer", (w) => w.queues?.producers ?? []],
  ["Service binding", (w) => w.services ?? []],
  ["Workflow", (w) => w.workflows ?? []],
  ["Hyperdrive", (w) => w.hyperdrive ?? []],
  ["Vectorize index", (w) => w.vectorize ?? []],
  ["Analytics Engine dataset", (w) => w.analytics_engine_datasets ?? []],
  ["Workers AI", (w) => (w.ai ? [w.ai] : [])],
  ["Browser Rendering", (w) => (w.browser ? [w.browser] : [])],
  ["Version metadata", (w) => (w.version_metadata ? [w.version_metadata] : [])],
];

const otherFields = (entry) =>
  Object.entries(entry)
    .filter(([key]) => key !== "binding" && key !== "name")
    .map(([key, value]) => `${key} = ${code(typeof value === "string" ? value : JSON.stringify(value))}`)
    .join(", ");

/** Each field of worker/env-secrets.d.ts with the /** comment *\/ above it; a field without one is a problem. */
function secretsOf(declarations) {
  for (const [, name] of declarations.matchAll(/^\s*([A-Z][A-Z0-9_]*)\??:/gm)) {
    const described = new RegExp(`\\*/\\s*\\n\\s*${name}\\??:`).test(declarations);
    if (!described) problems.push(`worker/env-secrets.d.ts: add a /** comment */ above ${name} saying what it is for`);
  }
  return [...declarations.matchAll(/\/\*\*\s*([\s\S]*?)\s*\*\/\s*\n\s*([A-Z][A-Z0-9_]*)\??:/g)].map(
    ([, text, name]) => ({
      name,
      meaning: text.replace(/\s*\n\s*\*\s*/g, " "),
    }),
  );
}

const problems = [];

export async function renderConfigurationDoc() {
  problems.length = 0;
  const { configSchema } = await import("../worker/config.ts");
  const { unstable_readConfig } = await import("wrangler");
  const toml = readFileSync(join(root, "wrangler.toml"), "utf8");
  const wrangler = unstable_readConfig({ config: join(root, "wrangler.toml") }, { hideWarnings: true });
  const vars = wrangler.vars ?? {};

  const varRows = Object.entries(configSchema.shape).map(([name, schema]) => {
    if (!schema.description) problems.push(`worker/config.ts: add .describe("what ${name} does") to its field`);
    const value = vars[name];
    const fallback = value === undefined ? "(not in wrangler.toml)" : value === "" ? "empty" : code(value);
    return [code(name), fallback, schema.description ?? ""];
  });
  const secrets = secretsOf(readFileSync(join(root, "worker/env-secrets.d.ts"), "utf8"));
  const storage = [
    ...(wrangler.d1_databases ?? []).map((d) => [
      d.binding,
      "D1 database",
      `database_name = ${code(d.database_name)}, migrations in ${code(d.migrations_dir)}`,
    ]),
    ...(wrangler.kv_namespaces ?? []).map((k) => [
      k.binding,
      "KV namespace",
      k.id ? `id ${code(k.id)}` : "created on the first deploy",
    ]),
    ...(wrangler.r2_buckets ?? []).map((r) => [r.binding, "R2 bucket", `bucket_name = ${code(r.bucket_name)}`]),
    ...(wrangler.durable_objects?.bindings ?? []).map((d) => [
      d.name,
      "Durable Object namespace",
      `class ${code(d.class_name)}`,
    ]),
    ...(wrangler.send_email ?? []).map((e) => [
      e.name,
      "send_email (Email Service)",
      `allowed_sender_addresses = ${code(JSON.stringify(e.allowed_sender_addresses ?? []))}`,
    ]),
    ...(wrangler.assets?.binding
      ? [[wrangler.assets.binding, "static assets", `directory ${code(wrangler.assets.directory)}`]]
      : []),
    ...OTHER_BINDINGS.flatMap(([kind, entries]) =>
      entries(wrangler).map((entry) => [entry.binding ?? entry.name, kind, otherFields(entry)]),
    ),
  ].map(([name, kind, where]) => [code(name), kind, where, bindingComment(toml, name)]);
  const limiters = (wrangler.ratelimits ?? []).map((r) => [
    code(r.name),
    code(r.namespace_id),
    `${r.simple.limit} per ${r.simple.period} s`,
    bindingComment(toml, r.name),
  ]);
  const migrations = (wrangler.migrations ?? []).map((m) => [
    code(m.tag),
    [...(m.new_sqlite_classes ?? []), ...(m.new_classes ?? [])].map(code).join(", ") || "",
    [
      ...(m.renamed_classes ?? []).map((r) => `renamed ${r.from} to ${r.to}`),
      ...(m.deleted_classes ?? []).map((d) => `deleted ${d}`),
    ].join("; "),
  ]);
  const crons = (wrangler.triggers?.crons ?? []).map((c) => [code(c)]);

  if (problems.length) throw new Error(`docs/configuration.md cannot be written:\n- ${problems.join("\n- ")}`);
  return `<!-- Generated by \`npm run docs:configuration\` (scripts/write-configuration-doc.mjs). Do not edit: change the
description where it is declared (see below) and run the command again. -->

# Configuration reference

Every setting of a deployment and of the tooling around it, generated from where each is declared, so none
is missing: \`npm run test:scripts\` fails when this page is out of date or when the code reads a variable it
does not list. How to deploy with them: [deploying.md](deploying.md); tuning them in production:
[operations.md](operations.md).

## Variables (\`[vars]\`)

Set in \`wrangler.toml\` \`[vars]\` (or \`--var NAME:value\`, or the dashboard, which the next deploy
overwrites). The Worker reads them once per isolate through one schema, \`worker/config.ts\`, where each
description below sits beside its field. A value the schema refuses is never replaced by a default: every
request answers \`500 misconfigured\` naming the variable (never its value) until it is fixed. Numbers are
whole and above 0; flags are \`true\` or \`false\`. The default is wrangler.toml's, which
\`worker/test/config.test.ts\` holds equal to the schema's.

${table(["variable", "default", "meaning"], varRows)}

## Secrets (\`npx wrangler secret put NAME\`)

Never in \`wrangler.toml\`; declared, with these descriptions, in \`worker/env-secrets.d.ts\`.

${table(
  ["secret", "meaning"],
  secrets.map((s) => [code(s.name), s.meaning]),
)}

## Bindings

From \`wrangler.toml\`, each described by the comment on its name line. D1, KV and R2 without ids are created
on the first \`wrangler deploy\` (docs/deploying.md).

${table(["binding", "kind", "in wrangler.toml", "what for"], storage)}

### Rate limiters (\`[[ratelimits]]\`)

Workers Rate Limiting bindings: \`namespace_id\` must be unique within the Cloudflare account (change it if
another Worker of yours uses the same number); \`limit\` per \`period\` (10 or 60 s) is what to tune. Refusals
answer \`429 rate_limited\` with \`Retry-After\`.

${table(["binding", "namespace_id", "limit", "counts"], limiters)}

### Durable Object migrations (\`[[migrations]]\`)

Applied by \`wrangler deploy\`, in order; never edit or remove a deployed tag (CHANGELOG.md).

${table(["tag", "new SQLite classes", "other changes"], migrations)}

### Cron triggers

${table(["schedule"], crons)}

Each run expires what is past its time, seals pending audit events, deletes expired sessions, applies
\`AUDIT_RETENTION_DAYS\` and writes the day's audit archive to \`AUDIT_ARCHIVE\` (worker/cron/).

## Tooling variables

Read by Node, never by the Worker: \`npm start\`, the tests, the bench, the crash test, the deploy script and
the \`oncelink\` CLI. Declared in \`TOOLING_VARIABLES\` of \`scripts/configuration-tooling-variables.mjs\`.

${table(
  ["variable", "read by", "default", "meaning"],
  TOOLING_VARIABLES.map((v) => [code(v.name), code(v.where), v.fallback, v.meaning]),
)}

Bindings only the workerd tests have (\`vitest.config.ts\`, \`miniflare.bindings\`):

${table(
  ["binding", "meaning"],
  TEST_BINDINGS.map((b) => [code(b.name), b.meaning]),
)}
`;
}

/** The repository's formatter (biome) lays out the tables, so `npm run lint` agrees with the generated file. */
function formatted(markdown) {
  const biome = join(root, "node_modules/@biomejs/biome/bin/biome");
  const run = spawnSync(process.execPath, [biome, "format", `--stdin-file-path=${DOC_PATH}`], {
    cwd: root,
    input: markdown,
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`biome could not format ${DOC_PATH}: ${run.stderr}`);
  return run.stdout;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const doc = formatted(await renderConfigurationDoc());
  const path = join(root, DOC_PATH);
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(path, "utf8");
    } catch {}
    if (current !== doc) {
      console.error(`${DOC_PATH} is out of date: run \`npm run docs:configuration\` and commit the result.`);
      process.exit(1);
    }
  } else {
    writeFileSync(path, doc);
    console.error(`wrote ${DOC_PATH}`);
  }
}
