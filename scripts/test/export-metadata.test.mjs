// `npm run export:metadata` against real local D1 state: migrations applied by wrangler to a throwaway
// --persist-to directory, rows written by `wrangler d1 execute --file`, the export read back line by
// line. Every credential column is filled with a marker that must not appear anywhere in the output.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";

const env = { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" };
const state = mkdtempSync(join(tmpdir(), "oncelink-export-"));
const persist = ["--local", "--persist-to", state];

function run(command, args) {
  const result = spawnSync(command, args, { encoding: "utf8", env, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function mustRun(command, args) {
  const result = run(command, args);
  assert.equal(result.status, 0, `${command} ${args.join(" ")}\n${result.stderr}${result.stdout}`);
  return result;
}

const exportMetadata = (...args) => run(process.execPath, ["scripts/export-metadata.mjs", ...args]);

const T = Date.UTC(2026, 0, 2, 3, 4, 5);
const FIXTURE = `
INSERT INTO users (id, email, password_hash, role, created_at, email_verified_at) VALUES
  ('u-admin', 'admin@example.com', 'pbkdf2-sha256-chain$6x100000$SALTMARK$PASSWORDMARK', 'admin', ${T}, ${T}),
  ('u-member', 'member@example.com', 'pbkdf2-sha256-chain$6x100000$SALTMARK$PASSWORDMARK', 'member', ${T}, NULL),
  ('u-invitee', 'invitee@example.com', '', 'member', ${T}, NULL);
INSERT INTO sessions (id, secret_hash, user_id, created_at, expires_at, last_seen_at) VALUES
  ('s1', 'SESSIONMARK', 'u-admin', ${T}, ${T + 1e9}, ${T});
INSERT INTO api_tokens (id, user_id, name, secret_hash, created_at) VALUES ('t1', 'u-admin', 'ci', 'TOKENMARK', ${T});
INSERT INTO invites (user_id, token_hash, invited_by, created_at, expires_at) VALUES
  ('u-invitee', 'INVITEMARK', 'u-admin', ${T}, ${T + 1e9});
INSERT INTO email_verifications (user_id, token_hash, created_at, expires_at) VALUES
  ('u-member', 'VERIFYMARK', ${T}, ${T + 1e9});
INSERT INTO secrets (id, owner_id, name, status, created_at, expires_at, max_views, views, viewed_at, ended_at,
  passphrase, require_login, recipient_email, notify_on_view, size_bytes) VALUES
  ('sec-active', 'u-member', 'db password', 'active', ${T}, ${T + 86400000}, 2, 0, NULL, NULL, 1, 1, 'r@example.com', 1, 120),
  ('sec-viewed', 'u-member', NULL, 'viewed', ${T + 1}, ${T + 86400000}, 1, 1, ${T + 5}, ${T + 5}, 0, 0, NULL, 0, 80),
  ('sec-expired', 'u-admin', 'old', 'expired', ${T + 2}, ${T + 10}, 1, 0, NULL, ${T + 10}, 0, 0, NULL, 0, 80),
  ('sec-burned', 'u-admin', 'oops', 'burned', ${T + 3}, ${T + 86400000}, 1, 0, NULL, ${T + 7}, 0, 0, NULL, 0, 80),
  ('sec-anon', NULL, NULL, 'active', ${T + 4}, ${T + 86400000}, 1, 0, NULL, NULL, 0, 0, NULL, 0, 80);
INSERT INTO audit_events (id, at, action, result, resource_type, resource_id, owner_id, actor_id, actor_email, ip,
  details, prev_hash, hash) VALUES
  ('e1', ${T}, 'signup', 'success', 'account', 'u-admin', 'u-admin', 'u-admin', 'admin@example.com', '198.51.100.1', NULL, 'oncelink-audit-v1', 'h1'),
  ('e2', ${T + 1}, 'create', 'success', 'secret', 'sec-active', 'u-member', 'u-member', 'member@example.com', NULL, '{"maxViews":2,"passphrase":true}', 'h1', 'h2'),
  ('e3', ${T + 2}, 'view', 'success', 'secret', 'sec-viewed', 'u-member', NULL, NULL, '203.0.113.9', '{"remainingViews":0}', 'h2', 'h3'),
  ('e4', ${T + 3}, 'reveal_failed', 'failure', 'secret', 'sec-active', 'u-member', NULL, NULL, NULL, '{"reason":"invalid_link"}', NULL, NULL),
  ('e5', ${T + 4}, 'token_create', 'success', 'api_token', 't1', 'u-admin', 'u-admin', 'admin@example.com', NULL, NULL, NULL, NULL);
`;

before(() => {
  mustRun("npx", ["wrangler", "d1", "migrations", "apply", "DB", ...persist]);
  const file = join(state, "fixture.sql");
  writeFileSync(file, FIXTURE);
  mustRun("npx", ["wrangler", "d1", "execute", "DB", ...persist, "--file", file]);
});

after(() => rmSync(state, { recursive: true, force: true }));

let text = "";

test("exports accounts, secrets and audit events as NDJSON, page by page, without credentials", () => {
  const result = exportMetadata(...persist, "--page-size", "4");
  assert.equal(result.status, 0, result.stderr);
  assert.match(result.stderr, /3 account, 5 secret, 5 audit_event/);
  text = result.stdout; // nothing but NDJSON on stdout
  assert.ok(text.endsWith("\n"));
  const lines = text
    .trimEnd()
    .split("\n")
    .map((line) => JSON.parse(line));
  // Pages of four: the first round reads every table's first page, the second the rest of the two longer ones.
  assert.deepEqual(
    lines.map((l) => l.type),
    [...Array(3).fill("account"), ...Array(4).fill("secret"), ...Array(4).fill("audit_event"), "secret", "audit_event"],
  );

  const byId = new Map(lines.map((l) => [`${l.type}:${l.id}`, l]));
  assert.deepEqual(byId.get("account:u-admin"), {
    type: "account",
    id: "u-admin",
    email: "admin@example.com",
    role: "admin",
    createdAt: new Date(T).toISOString(),
    emailVerifiedAt: new Date(T).toISOString(),
    pending: false,
  });
  assert.equal(byId.get("account:u-invitee").pending, true);
  assert.deepEqual(byId.get("secret:sec-active"), {
    type: "secret",
    id: "sec-active",
    ownerId: "u-member",
    name: "db password",
    status: "active",
    createdAt: new Date(T).toISOString(),
    expiresAt: new Date(T + 86400000).toISOString(),
    maxViews: 2,
    views: 0,
    viewedAt: null,
    endedAt: null,
    passphrase: true,
    requireLogin: true,
    recipientEmail: "r@example.com",
    notifyOnView: true,
    sizeBytes: 120,
  });
  assert.deepEqual(
    lines.filter((l) => l.type === "secret").map((l) => l.id),
    ["sec-active", "sec-viewed", "sec-expired", "sec-burned", "sec-anon"],
  );
  assert.deepEqual(
    lines.filter((l) => l.type === "secret").map((l) => l.status),
    ["active", "viewed", "expired", "burned", "active"],
  );
  const events = lines.filter((l) => l.type === "audit_event");
  assert.deepEqual(
    events.map((e) => e.seq),
    [1, 2, 3, 4, 5],
  );
  assert.deepEqual(events[1].details, { maxViews: 2, passphrase: true });
  assert.equal(events[0].prevHash, "oncelink-audit-v1");
  assert.equal(events[3].hash, null); // not sealed yet: exported as it is

  for (const marker of ["SALTMARK", "PASSWORDMARK", "SESSIONMARK", "TOKENMARK", "INVITEMARK", "VERIFYMARK"]) {
    assert.ok(!text.includes(marker), `${marker} leaked into the export`);
  }
  const keys = new Set(lines.flatMap((l) => Object.keys(l)));
  for (const key of keys) assert.doesNotMatch(key, /password|secretHash|tokenHash|verifier|ciphertext|key/i, key);
});

test("--out writes the same objects to a file, in one round at the default page size", () => {
  const out = join(state, "export.ndjson");
  const result = exportMetadata(...persist, "--out", out);
  assert.equal(result.status, 0, result.stderr);
  assert.equal(result.stdout, "");
  const sorted = (ndjson) => ndjson.trimEnd().split("\n").sort();
  assert.deepEqual(sorted(readFileSync(out, "utf8")), sorted(text));
});

test("refuses bad flags with the usage line", () => {
  for (const args of [
    ["--local", "--remote"],
    ["--remote", "--persist-to", state],
    ["--page-size", "0"],
    ["--bogus"],
  ]) {
    const result = exportMetadata(...args);
    assert.equal(result.status, 2, args.join(" "));
    assert.match(result.stderr, /usage: npm run export:metadata/);
  }
});
