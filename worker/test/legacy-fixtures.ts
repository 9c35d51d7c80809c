// Rows an older release left in D1, written the way that release wrote them: split-token hashes as
// SHA-256 of the raw secret bytes, passwords in the six-round PBKDF2 chain, and the audit chain in its
// v1 format (frozen here on purpose: if the Worker's chain or hashes ever change, old databases must
// still verify and sign in, and this copy is what proves it). Each row kind names the migration that
// first made it valid; a row is written only with the columns the schema at that step has.
import { env } from "cloudflare:workers";
import { SECRET_STATUSES, type SecretStatus } from "../../protocol/enums";
import { sealSecret } from "../../protocol/envelope";
import { auditLedger } from "../audit/audit-ledger";
import { vaultFor } from "../vault/vault-for";

const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const sha256 = async (bytes: Uint8Array<ArrayBuffer>) => new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
const HOUR = 3_600_000;

/** A split token as the 0000 release minted it: "<id>.<secret>", D1 keeps SHA-256 of the secret's bytes. */
async function splitToken(): Promise<{ id: string; token: string; secretHash: string }> {
  const id = b64url(random(16));
  const secret = random(16);
  return { id, token: `${id}.${b64url(secret)}`, secretHash: b64url(await sha256(secret)) };
}

/** The 0000 release's password hash: six chained PBKDF2-SHA256 rounds of 100,000 iterations. */
export async function legacyPasswordHash(password: string): Promise<string> {
  const salt = random(16);
  let state = new Uint8Array(new TextEncoder().encode(password.normalize("NFC")));
  for (let round = 0; round < 6; round++) {
    const key = await crypto.subtle.importKey("raw", state, "PBKDF2", false, ["deriveBits"]);
    const bits = await crypto.subtle.deriveBits(
      { name: "PBKDF2", hash: "SHA-256", salt, iterations: 100_000 },
      key,
      256,
    );
    state = new Uint8Array(bits);
  }
  return ["pbkdf2-sha256-chain", "6x100000", b64url(salt), b64url(state)].join("$");
}

/** The audit chain as 0002 sealed it: SHA-256("prev\ncanonical JSON"), starting from "oncelink-audit-v1". */
async function v1ChainHash(prev: string, row: Record<string, unknown>): Promise<string> {
  const canonical = JSON.stringify([
    row.seq,
    row.id,
    row.at,
    row.action,
    row.result,
    row.resource_type,
    row.resource_id,
    row.resource_name,
    row.owner_id,
    row.actor_id,
    row.actor_email,
    row.ip,
    row.country,
    row.city,
    row.device,
    row.user_agent,
    row.details === null ? null : JSON.parse(String(row.details)),
  ]);
  return b64url(await sha256(new Uint8Array(new TextEncoder().encode(`${prev}\n${canonical}`))));
}

async function columnsOf(table: string): Promise<Set<string>> {
  const { results } = await env.DB.prepare("SELECT name FROM pragma_table_info(?)").bind(table).all<{ name: string }>();
  return new Set(results.map((r) => r.name));
}

/** Inserts `row`, keeping only the columns `table` has at this step (newer columns get their defaults). */
async function insert(table: string, row: Record<string, unknown>): Promise<void> {
  const columns = await columnsOf(table);
  if (columns.size === 0) throw new Error(`fixture for ${table}, which this step has no table for`);
  const names = Object.keys(row).filter((name) => columns.has(name));
  const sql = `INSERT INTO ${table} (${names.join(", ")}) VALUES (${names.map(() => "?").join(", ")})`;
  await env.DB.prepare(sql)
    .bind(...names.map((name) => row[name] ?? null))
    .run();
}

export interface LegacySecret {
  id: string;
  /** What the dashboard must show for it after the upgrade. */
  shows: SecretStatus;
  /** Present when its vault still holds the ciphertext: the proof that opens it. */
  proof?: string;
}

export interface LegacyDeployment {
  password: string;
  admin: { id: string; email: string; cookie: string; bearer?: string };
  member: { id: string; email: string; cookie: string; expiredCookie: string };
  invitee?: { id: string; setupToken: string };
  secrets: LegacySecret[];
  /** Audit events the old release recorded (sealed, and one still waiting for the ledger). */
  auditEvents: string[];
}

type Writer = (d: LegacyDeployment, now: number) => Promise<void>;

async function session(userId: string, now: number, expiresAt: number): Promise<string> {
  const t = await splitToken();
  const row = { id: t.id, secret_hash: t.secretHash, user_id: userId, created_at: now - HOUR };
  await insert("sessions", { ...row, expires_at: expiresAt, last_seen_at: now - 10 * 60_000 });
  return `__Host-oncelink_session=${t.token}`;
}

async function secret(d: LegacyDeployment, now: number, status: SecretStatus, over: Record<string, unknown>) {
  const id = b64url(random(16));
  const row = {
    id,
    owner_id: d.member.id,
    name: `legacy ${status}`,
    status,
    created_at: now - 2 * HOUR - d.secrets.length,
    expires_at: now + 24 * HOUR,
    max_views: 1,
    views: 0,
    passphrase: 0,
    require_login: 0,
    notify_on_view: 0,
    size_bytes: 70,
    ...over,
  };
  await insert("secrets", row);
  return id;
}

/** Row kinds by the migration that introduced their table; keys must be names in migrations/. */
export const FIXTURES: Record<string, Writer> = {
  "0000_init": async (d, now) => {
    const hash = await legacyPasswordHash(d.password);
    for (const [user, role] of [
      [d.admin, "admin"],
      [d.member, "member"],
    ] as const) {
      const row = { id: user.id, email: user.email, password_hash: hash, role, created_at: now - 48 * HOUR };
      // From 0004 on the admin has proved the address; before it the column does not exist.
      await insert("users", { ...row, email_verified_at: role === "admin" ? now - 47 * HOUR : null });
    }
    d.admin.cookie = await session(d.admin.id, now, now + 6 * 24 * HOUR);
    d.member.cookie = await session(d.member.id, now, now + 6 * 24 * HOUR);
    d.member.expiredCookie = await session(d.member.id, now, now - 60_000);
    // The one active secret whose vault survived: deposited by the vault, then recorded in D1.
    const sealed = await sealSecret({ text: "legacy payload" });
    const ciphertext = Uint8Array.from(atob(sealed.ciphertext.replace(/-/g, "+").replace(/_/g, "/")), (c) =>
      c.charCodeAt(0),
    );
    const live = await secret(d, now, "active", { size_bytes: ciphertext.length });
    await vaultFor(env, live).deposit({
      ...{ id: live, name: "legacy active", ownerId: d.member.id, ciphertext, verifier: sealed.verifier },
      ...{ keyVerifier: null, kdf: null, expiresAt: now + 24 * HOUR, maxViews: 1, requireLogin: false },
      ...{ onlyFor: null, notifyEmail: null, sender: null, origin: "https://oncelink.test" },
    });
    d.secrets.push({ id: live, shows: "active", proof: sealed.proof });
    // Vaults gone (lost in a restore, or never re-created): D1's rows alone.
    d.secrets.push({ id: await secret(d, now, "active", { max_views: 3 }), shows: "active" });
    d.secrets.push({ id: await secret(d, now, "active", { expires_at: now - HOUR }), shows: "expired" });
    const ended = { views: 1, viewed_at: now - HOUR, ended_at: now - HOUR };
    d.secrets.push({ id: await secret(d, now, "viewed", ended), shows: "viewed" });
    d.secrets.push({
      id: await secret(d, now, "expired", { expires_at: now - HOUR, ended_at: now - HOUR }),
      shows: "expired",
    });
    d.secrets.push({ id: await secret(d, now, "burned", { ended_at: now - HOUR, passphrase: 1 }), shows: "burned" });
    // Someone else's (anonymous) secret: on nobody's dashboard.
    await secret(d, now, "active", { owner_id: null, name: null });
    const shown = new Set(d.secrets.map((s) => s.shows));
    if (SECRET_STATUSES.some((s) => !shown.has(s))) throw new Error("a secret status has no legacy fixture");
  },
  "0001_tokens_and_invites": async (d, now) => {
    const token = await splitToken();
    const row = { id: token.id, user_id: d.admin.id, name: "legacy script", secret_hash: token.secretHash };
    await insert("api_tokens", { ...row, created_at: now - 24 * HOUR, last_used_at: now - HOUR });
    d.admin.bearer = `olk_${token.token}`;
    const invite = await splitToken();
    const inviteeId = invite.id; // an invite's token id is its account's id
    await insert("users", {
      id: inviteeId,
      email: `invitee-${inviteeId}@example.com`,
      password_hash: "",
      role: "member",
      created_at: now - HOUR,
    });
    const secretPart = invite.token.split(".")[1] ?? "";
    await insert("invites", {
      user_id: inviteeId,
      token_hash: invite.secretHash,
      invited_by: d.admin.id,
      created_at: now - HOUR,
      expires_at: now + 24 * HOUR,
    });
    d.invitee = { id: inviteeId, setupToken: `${inviteeId}.${secretPart}` };
  },
  "0002_audit_events": async (d, now) => {
    const events = [
      {
        action: "signup",
        resource_type: "account",
        resource_id: d.admin.id,
        owner_id: d.admin.id,
        actor_id: d.admin.id,
        actor_email: d.admin.email,
      },
      {
        action: "login",
        resource_type: "account",
        resource_id: d.member.id,
        owner_id: d.member.id,
        actor_id: d.member.id,
        actor_email: d.member.email,
        ip: "198.51.100.7",
        country: "DE",
        city: "Berlin",
        device: "Firefox on Linux",
        user_agent: "Mozilla/5.0",
      },
      ...d.secrets.map((s) => ({
        action: "create",
        resource_type: "secret",
        resource_id: s.id,
        resource_name: "legacy",
        owner_id: d.member.id,
        actor_id: d.member.id,
        actor_email: d.member.email,
        details: JSON.stringify({ expiresIn: 86400, maxViews: 1, passphrase: false, mode: "encrypted" }),
      })),
      {
        action: "reveal_failed",
        result: "failure",
        resource_type: "secret",
        resource_id: d.secrets[0]?.id,
        details: JSON.stringify({ reason: "invalid_link", attemptsRemaining: 4 }),
      },
    ];
    for (const [i, event] of events.entries()) {
      const id = b64url(random(16));
      await insert("audit_events", { id, at: now - HOUR + i, result: "success", ...event });
      d.auditEvents.push(id);
    }
    // The old AuditLedger sealed all but the newest; its head is what it kept in its own storage.
    const { results } = await env.DB.prepare("SELECT * FROM audit_events ORDER BY seq").all<Record<string, unknown>>();
    let head = { seq: 0, hash: "oncelink-audit-v1" };
    for (const row of results.slice(0, -1)) {
      const hash = await v1ChainHash(head.hash, row);
      await env.DB.prepare("UPDATE audit_events SET prev_hash = ?, hash = ? WHERE seq = ?")
        .bind(head.hash, hash, row.seq)
        .run();
      head = { seq: Number(row.seq), hash };
    }
    const { runInDurableObject } = await import("cloudflare:test");
    await runInDurableObject(auditLedger(env), (_, state) => state.storage.kv.put("head", head));
  },
  "0003_quotas_and_idle_sessions": async () => {}, // no new table: sessions carry last_seen_at from here on
  "0004_email_verification": async (d, now) => {
    const token = await splitToken();
    await insert("email_verifications", {
      user_id: d.member.id,
      token_hash: token.secretHash,
      created_at: now - HOUR,
      expires_at: now + 23 * HOUR,
    });
  },
};
