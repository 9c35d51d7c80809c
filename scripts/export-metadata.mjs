// `npm run export:metadata -- [--local | --remote] [--persist-to DIR] [--out FILE] [--page-size N]`: the deployment's
// metadata as NDJSON, one object per line with a `type`: "account", then "secret", then "audit_event".
// It reads D1 through `wrangler d1 execute --json`, so it works on local state and, with --remote, on the
// deployed database with the credentials wrangler already has. It names the columns it reads: password
// hashes, session, token, invite and verification hashes never leave D1, and D1 holds no ciphertext,
// verifiers or keys at all (those live in the SecretVault Durable Objects).
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { parseArgs } from "node:util";

const USAGE = "usage: npm run export:metadata -- [--local | --remote] [--persist-to DIR] [--out FILE] [--page-size N]";

function options() {
  try {
    const { values } = parseArgs({
      options: {
        local: { type: "boolean", default: false },
        remote: { type: "boolean", default: false },
        "persist-to": { type: "string" },
        out: { type: "string" },
        "page-size": { type: "string", default: "5000" },
        help: { type: "boolean", default: false },
      },
    });
    if (values.help) {
      console.log(USAGE);
      process.exit(0);
    }
    if (values.local && values.remote) throw new Error("--local and --remote exclude each other");
    if (values.remote && values["persist-to"]) throw new Error("--persist-to is for local state only");
    if (!/^[1-9][0-9]{0,5}$/.test(values["page-size"])) throw new Error("--page-size must be a whole number from 1");
    return values;
  } catch (error) {
    console.error(`export:metadata: ${error.message}\n${USAGE}`);
    process.exit(2);
  }
}

const args = options();
const PAGE = Number(args["page-size"]);
const target = args.remote
  ? ["--remote"]
  : ["--local", ...(args["persist-to"] ? ["--persist-to", args["persist-to"]] : [])];

/** Runs the statements in one wrangler call (each call starts a runtime); answers each one's rows. */
function query(statements) {
  const command = statements.join("; ");
  const result = spawnSync("npx", ["wrangler", "d1", "execute", "DB", ...target, "--json", "--command", command], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", CI: "true" },
  });
  if (result.status !== 0) {
    console.error(`export:metadata: wrangler d1 execute failed\n${result.stderr}${result.stdout}`);
    process.exit(1);
  }
  return JSON.parse(result.stdout).map((answer) => answer.results);
}

const iso = (ms) => (ms === null ? null : new Date(ms).toISOString());
const flag = (value) => value === 1;

/** Each table in keyset pages, so a large deployment never needs one giant answer. */
const TABLES = [
  {
    type: "account",
    key: "rowid",
    columns: "rowid AS k, id, email, role, created_at, email_verified_at, password_hash = '' AS pending",
    from: "users",
    present: (r) => ({
      id: r.id,
      email: r.email,
      role: r.role,
      createdAt: iso(r.created_at),
      emailVerifiedAt: iso(r.email_verified_at),
      pending: flag(r.pending),
    }),
  },
  {
    type: "secret",
    key: "rowid",
    columns:
      "rowid AS k, id, owner_id, name, status, created_at, expires_at, max_views, views, viewed_at, ended_at, " +
      "passphrase, require_login, recipient_email, notify_on_view, size_bytes",
    from: "secrets",
    present: (r) => ({
      id: r.id,
      ownerId: r.owner_id,
      name: r.name,
      status: r.status,
      createdAt: iso(r.created_at),
      expiresAt: iso(r.expires_at),
      maxViews: r.max_views,
      views: r.views,
      viewedAt: iso(r.viewed_at),
      endedAt: iso(r.ended_at),
      passphrase: flag(r.passphrase),
      requireLogin: flag(r.require_login),
      recipientEmail: r.recipient_email,
      notifyOnView: flag(r.notify_on_view),
      sizeBytes: r.size_bytes,
    }),
  },
  {
    type: "audit_event",
    key: "seq",
    columns:
      "seq AS k, seq, id, at, action, result, resource_type, resource_id, resource_name, owner_id, actor_id, " +
      "actor_email, ip, country, city, device, user_agent, details, prev_hash, hash",
    from: "audit_events",
    // The chain's hashes are no secret: with them an auditor can check the export offline.
    present: (r) => ({
      seq: r.seq,
      id: r.id,
      at: iso(r.at),
      action: r.action,
      result: r.result,
      resourceType: r.resource_type,
      resourceId: r.resource_id,
      resourceName: r.resource_name,
      ownerId: r.owner_id,
      actorId: r.actor_id,
      actorEmail: r.actor_email,
      ip: r.ip,
      country: r.country,
      city: r.city,
      device: r.device,
      userAgent: r.user_agent,
      details: r.details === null ? null : JSON.parse(r.details),
      prevHash: r.prev_hash,
      hash: r.hash,
    }),
  },
];

const out = args.out ? createWriteStream(args.out) : process.stdout;
const counts = Object.fromEntries(TABLES.map((table) => [table.type, 0]));
// Every round reads the next page of each table not yet finished, all in one wrangler call; lines come
// out in that order (a small deployment: all accounts, then secrets, then events), each table in key order.
let open = TABLES.map((table) => ({ table, after: -1 }));
while (open.length > 0) {
  const pages = query(
    open.map(
      ({ table, after }) =>
        `SELECT ${table.columns} FROM ${table.from} WHERE ${table.key} > ${after} ORDER BY ${table.key} LIMIT ${PAGE}`,
    ),
  );
  open = open.flatMap((cursor, i) => {
    const rows = pages[i] ?? [];
    const { table } = cursor;
    for (const row of rows) out.write(`${JSON.stringify({ type: table.type, ...table.present(row) })}\n`);
    counts[table.type] += rows.length;
    return rows.length < PAGE ? [] : [{ table, after: rows.at(-1).k }];
  });
}
if (args.out) await new Promise((resolve, reject) => out.end((error) => (error ? reject(error) : resolve())));
// On stderr, so stdout stays pure NDJSON.
console.error(
  `export:metadata: ${Object.entries(counts)
    .map(([type, n]) => `${n} ${type}`)
    .join(", ")}`,
);
