// D1 tables. The Durable Object of each secret holds its ciphertext; D1 holds what the dashboard and the
// owner-only routes need to know about it, and nothing secret.
import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import {
  AUDIT_ACTIONS,
  AUDIT_RESOURCE_TYPES,
  AUDIT_RESULTS,
  type AuthenticatorTransportName,
  PENDING_STEPS,
  SECRET_STATUSES,
  USER_ROLES,
} from "../../protocol/enums";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable("users", {
  id: text("id").primaryKey(),
  email: text("email").notNull().unique(),
  /** Empty for an invited member who has not set a password yet: no password can match it. */
  passwordHash: text("password_hash").notNull(),
  role: text("role", { enum: USER_ROLES }).notNull(),
  createdAt: createdAt(),
  /** When the owner of the address proved it by opening a mailed link; null until then. */
  emailVerifiedAt: integer("email_verified_at", { mode: "timestamp_ms" }),
  /** When Cloudflare Access or the OIDC provider first signed this account in; null for password-only accounts. */
  ssoLinkedAt: integer("sso_linked_at", { mode: "timestamp_ms" }),
  /** The account's language (protocol/locales.ts LOCALES) for its mails; null until chosen or signed up with. */
  locale: text("locale"),
});

// The one live email verification link of an account (a resend replaces it). Only SHA-256 of the token is
// stored; the token itself exists only in the mail.
export const emailVerifications = sqliteTable("email_verifications", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  createdAt: createdAt(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
});

// A session token is "<id>.<secret>"; only SHA-256(secret) is stored, so a database dump opens no session.
export const sessions = sqliteTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    secretHash: text("secret_hash").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    /** Absolute timeout. */
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    /** For the idle timeout; refreshed at most every few minutes. */
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull().default(sql`0`),
    /** Set while the session passed only the password step: it opens nothing but that step (auth/current-user.ts). */
    pending: text("pending", { enum: PENDING_STEPS }),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expiry_idx").on(t.expiresAt)],
);

// A WebAuthn credential (passkey). Only its public key is stored; the private key never leaves the authenticator.
export const passkeys = sqliteTable(
  "passkeys",
  {
    /** The credential ID the authenticator chose, base64url. */
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    /** COSE public key, base64url. */
    publicKey: text("public_key").notNull(),
    /** The signature counter last seen; a lower one than this means a cloned authenticator. */
    counter: integer("counter").notNull(),
    transports: text("transports", { mode: "json" }).$type<AuthenticatorTransportName[]>().notNull(),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("passkeys_user_idx").on(t.userId, t.createdAt)],
);

// One-time recovery codes: SHA-256 of each (they are random, so a slow hash buys nothing); used_at once spent.
export const recoveryCodes = sqliteTable(
  "recovery_codes",
  {
    codeHash: text("code_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAt(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("recovery_codes_user_idx").on(t.userId)],
);

// Each WebAuthn challenge the server handed out, until it is consumed (deleted) by its answer or expires.
export const webauthnChallenges = sqliteTable(
  "webauthn_challenges",
  {
    challenge: text("challenge").primaryKey(),
    purpose: text("purpose", { enum: ["register", "sign_in", "second_factor"] }).notNull(),
    /** The account it was issued to; null for a passwordless sign-in, where nobody is known yet. */
    userId: text("user_id").references(() => users.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("webauthn_challenges_expiry_idx").on(t.expiresAt)],
);

// An API token is "olk_<id>.<secret>"; like sessions, only SHA-256(secret) is stored.
export const apiTokens = sqliteTable(
  "api_tokens",
  {
    id: text("id").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    secretHash: text("secret_hash").notNull(),
    createdAt: createdAt(),
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("api_tokens_user_idx").on(t.userId, t.createdAt)],
);

// An admin's invitation: the invitee sets a password with the token, once, before it expires.
export const invites = sqliteTable("invites", {
  userId: text("user_id")
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  tokenHash: text("token_hash").notNull().unique(),
  invitedBy: text("invited_by").references(() => users.id, { onDelete: "set null" }),
  createdAt: createdAt(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
});

// A group of secrets made together, one link per recipient (migration 0009): each is its own secret and vault.
export const secretGroups = sqliteTable(
  "secret_groups",
  {
    id: text("id").primaryKey(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name"),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    links: integer("links").notNull(),
  },
  (t) => [index("secret_groups_owner_created_idx").on(t.ownerId, t.createdAt, t.id)],
);
export type SecretGroupRow = typeof secretGroups.$inferSelect;

export const secrets = sqliteTable(
  "secrets",
  {
    id: text("id").primaryKey(),
    ownerId: text("owner_id").references(() => users.id, { onDelete: "set null" }),
    name: text("name"),
    status: text("status", { enum: SECRET_STATUSES }).notNull().default("active"),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    maxViews: integer("max_views").notNull(),
    views: integer("views").notNull().default(0),
    viewedAt: integer("viewed_at", { mode: "timestamp_ms" }),
    endedAt: integer("ended_at", { mode: "timestamp_ms" }),
    passphrase: integer("passphrase", { mode: "boolean" }).notNull(),
    requireLogin: integer("require_login", { mode: "boolean" }).notNull(),
    recipientEmail: text("recipient_email"),
    notifyOnView: integer("notify_on_view", { mode: "boolean" }).notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    /** Set for a response to a secret request (PROTOCOL 9): listed with its request, not among the secrets. */
    requestId: text("request_id"),
    /** The group this secret is one link of (a secret for many recipients); null for a secret on its own. */
    groupId: text("group_id").references(() => secretGroups.id, { onDelete: "set null" }),
  },
  (t) => [
    // The dashboard's page: newest first per owner, cursor on (created_at, id).
    index("secrets_owner_created_idx").on(t.ownerId, t.createdAt, t.id),
    // The cron's scan for what is past its time and still active.
    index("secrets_status_expiry_idx").on(t.status, t.expiresAt),
    // Quotas: an owner's active secrets and their bytes, answered from the index alone.
    index("secrets_owner_status_idx").on(t.ownerId, t.status, t.expiresAt, t.sizeBytes),
    index("secrets_group_idx").on(t.groupId),
  ],
);

// A secret request (PROTOCOL 9): only its public key is stored; the private key stays with the requester.
// `status` is open or closed; answered and expired are read from the counts and the time (present-request.ts).
export const secretRequests = sqliteTable(
  "secret_requests",
  {
    id: text("id").primaryKey(),
    ownerId: text("owner_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    note: text("note"),
    publicKey: text("public_key").notNull(),
    status: text("status", { enum: ["open", "closed"] })
      .notNull()
      .default("open"),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    /** How long the request stays open, in seconds; each response is kept as long from its arrival. */
    expiresIn: integer("expires_in").notNull(),
    maxResponses: integer("max_responses").notNull(),
    /** Responses stored; a response lands only while this is below max_responses (one statement decides). */
    responseCount: integer("response_count").notNull().default(0),
    notifyOnResponse: integer("notify_on_response", { mode: "boolean" }).notNull(),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("secret_requests_owner_created_idx").on(t.ownerId, t.createdAt, t.id)],
);

// Who answered a request, and the key the requester's ECDH needs; the response itself is the secret `id`.
export const requestResponses = sqliteTable(
  "request_responses",
  {
    secretId: text("secret_id").primaryKey(),
    requestId: text("request_id")
      .notNull()
      .references(() => secretRequests.id, { onDelete: "cascade" }),
    ephemeralKey: text("ephemeral_key").notNull(),
    responderEmail: text("responder_email"),
    ip: text("ip"),
    country: text("country"),
    city: text("city"),
    device: text("device"),
    createdAt: createdAt(),
  },
  (t) => [index("request_responses_request_idx").on(t.requestId, t.createdAt)],
);

export type UserRow = typeof users.$inferSelect;
export type SecretRequestRow = typeof secretRequests.$inferSelect;
export type RequestResponseRow = typeof requestResponses.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;
export type SecretRow = typeof secrets.$inferSelect;
export type PasskeyRow = typeof passkeys.$inferSelect;

// Append-only. `seq` is the chain's order; `prev_hash`/`hash` are filled by the AuditLedger Durable Object
// within about a second of insert, from its alarm (one sealer, so the chain never forks). Never holds secret material.
export const auditEvents = sqliteTable(
  "audit_events",
  {
    seq: integer("seq").primaryKey({ autoIncrement: true }),
    id: text("id").notNull().unique(),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    action: text("action", { enum: AUDIT_ACTIONS }).notNull(),
    result: text("result", { enum: AUDIT_RESULTS }).notNull(),
    resourceType: text("resource_type", { enum: AUDIT_RESOURCE_TYPES }).notNull(),
    resourceId: text("resource_id"),
    resourceName: text("resource_name"),
    /** The account the resource belongs to: who, besides the actor, may read this event. */
    ownerId: text("owner_id"),
    actorId: text("actor_id"),
    actorEmail: text("actor_email"),
    ip: text("ip"),
    country: text("country"),
    city: text("city"),
    device: text("device"),
    userAgent: text("user_agent"),
    details: text("details", { mode: "json" }).$type<Record<string, unknown>>(),
    prevHash: text("prev_hash"),
    hash: text("hash"),
  },
  (t) => [
    // Each page is newest first on (at, seq) under one of these prefixes, so its cost does not grow
    // with the table: the filter picks the index, LIMIT stops the scan.
    index("audit_at_idx").on(t.at, t.seq),
    index("audit_action_at_idx").on(t.action, t.at, t.seq),
    index("audit_action_result_at_idx").on(t.action, t.result, t.at, t.seq), // migration 0014
    index("audit_resource_type_at_idx").on(t.resourceType, t.at, t.seq),
    index("audit_owner_at_idx").on(t.ownerId, t.at, t.seq),
    index("audit_actor_at_idx").on(t.actorId, t.at, t.seq),
    index("audit_resource_idx").on(t.resourceId),
    index("audit_result_at_idx").on(t.result, t.at, t.seq),
  ],
);
export type AuditEventRow = typeof auditEvents.$inferSelect;
export type AuditEventInsert = typeof auditEvents.$inferInsert;
