// The API's response shapes (PROTOCOL section 3) as zod schemas: protocol/api.ts derives its types from them
// (z.infer), the route table names the one each route answers with, and protocol/openapi.ts turns them into
// the OpenAPI document's components. The Worker never parses its own answers with them: they are the
// contract the OpenAPI contract test (worker/test/openapi-contract.test.ts) holds every real answer to.
import * as z from "zod";
import {
  AUDIT_RESOURCE_TYPES,
  AUDIT_RESULTS,
  ERROR_CODES,
  PENDING_STEPS,
  SECRET_STATUSES,
  type SecretStatus,
  USER_ROLES,
} from "./enums";
import { LOCALES } from "./locales";
import { count, cursor, id, time } from "./schema-atoms";
import { kdfSchema } from "./schemas";

export const userSchema = z.object({
  id,
  email: z.string(),
  role: z.enum(USER_ROLES),
  /** The owner of the address proved it by opening a mailed link (POST /api/auth/verify). */
  emailVerified: z.boolean(),
  /** The language of the account's mails (PATCH /api/me); null until it signs up in or picks one. */
  locale: z.enum(LOCALES).nullable(),
});

export const secretSchema = z.object({
  id,
  name: z.string().nullable(),
  status: z.enum(SECRET_STATUSES),
  url: z.string().meta({ description: "The share link without its key (the key lives only in the creator's browser)" }),
  createdAt: time,
  expiresAt: time,
  maxViews: z.number().int().min(1),
  views: count,
  viewedAt: time.nullable(),
  passphrase: z.boolean(),
  requireLogin: z.boolean(),
  recipientEmail: z.string().nullable(),
  notifyOnView: z.boolean(),
  /** The group this secret is one link of (POST /api/secret-groups); null for a secret on its own. */
  groupId: id.nullable(),
});

export const userResultSchema = z.object({ user: userSchema });

export const sessionResultSchema = z.object({
  user: userSchema.nullable(),
  firstAccount: z.boolean(),
  /** The browser passed the password step only: what it must do next (POST /api/auth/mfa, or add a passkey). */
  pending: z.enum(PENDING_STEPS).nullable(),
});

/**
 * POST /api/auth/login and /signup: `pending` says the session opens nothing yet: `second_factor`, present a
 * passkey or a recovery code (POST /api/auth/mfa); `enroll`, add a passkey first (REQUIRE_MFA).
 */
export const loginResultSchema = z.object({ user: userSchema, pending: z.enum(PENDING_STEPS).nullable() });

/** GET /api/auth/passkeys. */
export const passkeySchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});

export const passkeyListSchema = z.object({ items: z.array(passkeySchema) });

/** POST /api/auth/passkeys: `recoveryCodes` only with the account's first passkey, shown only here. */
export const passkeyAddedSchema = z.object({ passkey: passkeySchema, recoveryCodes: z.array(z.string()).nullable() });

/** POST /api/auth/recovery-codes: the new codes, shown only here; the old ones no longer work. */
export const recoveryCodesResultSchema = z.object({ recoveryCodes: z.array(z.string()) });

/**
 * The options for navigator.credentials.create() or .get(), as @simplewebauthn/server writes them
 * (PublicKeyCredentialCreationOptionsJSON / RequestOptionsJSON): the challenge, and WebAuthn's own fields.
 */
export const webauthnOptionsSchema = z.object({ challenge: z.string() }).loose();

export const createSecretResultSchema = z.object({
  secret: secretSchema,
  /** Only in plaintext mode, where the server made the key and so can say it. */
  link: z.string().optional(),
  /** PROTOCOL 2.2: with `files`, the token that uploads them (X-Upload-Token); shown once. */
  uploadToken: z.string().optional(),
});

export const secretPeekSchema = z.object({
  id,
  status: z.literal("active"),
  expiresAt: time,
  remainingViews: z.number().int().min(1),
  passphrase: z.boolean(),
  kdf: kdfSchema.optional(),
  requireLogin: z.boolean(),
  /** The creator's verified email, when they chose to show it (`showSender`); otherwise null. */
  from: z.string().nullable(),
  /** PROTOCOL 2.2: present when the secret carries files: their sealed bytes (names stay encrypted). */
  fileBytes: count.optional(),
});

export const revealResultSchema = z.object({
  ciphertext: z.string().meta({ description: "The envelope (PROTOCOL section 2) as base64url" }),
  viewedAt: time,
  remainingViews: count,
  /** PROTOCOL 2.2: the secret's files, downloadable with `token` (X-Download-Token) until `until`. */
  files: z.object({ token: z.string(), chunks: count, bytes: count, until: time }).optional(),
});

/** POST /api/secrets/:id/chunks/:index: the chunk is stored; the next one to send. */
export const chunkStoredSchema = z.object({ nextIndex: count, storedBytes: count });
/** POST /api/secrets/:id/complete: the upload is closed and the secret shareable. */
export const uploadCompleteSchema = z.object({ chunks: count, bytes: count });
/** GET /api/secrets/:id/chunks/:index: one sealed chunk, as stored. */
export const sealedChunkSchema = z.string().meta({ description: "application/octet-stream; one sealed chunk" });

/** PROTOCOL section 4: every error, whatever the route. */
export const apiErrorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string().min(1),
    /** 403 incorrect_passphrase: wrong proofs the secret still survives. */
    attemptsRemaining: count.optional(),
    /** 429: seconds until a retry may succeed, as the Retry-After header says. */
    retryAfter: z.number().int().min(1).optional(),
    /** 409 chunk_out_of_order: the chunk the upload continues with (PROTOCOL 2.2). */
    nextIndex: count.optional(),
  }),
});

export const mailSentSchema = z.object({ sent: z.literal(true) });
export const emailVerifiedSchema = z.object({ verified: z.literal(true), email: z.string() });
export const healthStatusSchema = z.object({ ok: z.literal(true) });

export const apiTokenSchema = z.object({ id, name: z.string(), createdAt: time, lastUsedAt: time.nullable() });

export const storageUsageSchema = z.object({ activeSecrets: count, activeBytes: count });

export const memberSchema = userSchema.extend({
  createdAt: time,
  /** Invited, but has not set a password yet. */
  pending: z.boolean(),
  /** Storage in use, from GET /api/users (absent on a member just invited). */
  usage: storageUsageSchema.optional(),
});

/** One successful view of a secret, as its owner sees it on the dashboard (from the audit log). */
export const secretViewSchema = z.object({
  at: time,
  /** The signed-in viewer's email; null for an anonymous viewer ("Unknown"). */
  viewer: z.string().nullable(),
  city: z.string().nullable(),
  country: z.string().nullable(),
  device: z.string().nullable(),
});

/** A secret in its owner's list: with who viewed it, newest first (at most 10; the audit log has all). */
export const ownedSecretSchema = secretSchema.extend({ recentViews: z.array(secretViewSchema).max(10) });

/** How many of the caller's secrets are in each status: an object with every status as a key. */
const statusCounts = z.object(Object.fromEntries(SECRET_STATUSES.map((status) => [status, count]))) as z.ZodObject<
  Record<SecretStatus, typeof count>
>;

export const secretPageSchema = z.object({
  items: z.array(ownedSecretSchema),
  nextCursor: cursor,
  counts: statusCounts,
});

export const apiTokenListSchema = z.object({ items: z.array(apiTokenSchema) });

/** POST /api/tokens: the only answer that carries the token. */
export const createdApiTokenSchema = apiTokenSchema.extend({ token: z.string() });

export const memberListSchema = z.object({ items: z.array(memberSchema), quota: storageUsageSchema });
export const memberResultSchema = z.object({ user: memberSchema });
/** The invitee's account and the token their one-time setup link carries. */
export const invitationSchema = z.object({ user: memberSchema, setupToken: z.string() });
export const setupInviteResultSchema = z.object({ email: z.string() });

export const auditEventSchema = z.object({
  id,
  at: time,
  /** An AuditAction, typed wider so a client older than the server still shows a new action (as its code). */
  action: z.string(),
  result: z.enum(AUDIT_RESULTS),
  resourceType: z.enum(AUDIT_RESOURCE_TYPES),
  resourceId: z.string().nullable(),
  resourceName: z.string().nullable(),
  /** null for an anonymous viewer: shown as "Unknown". */
  actor: z.object({ id: z.string(), email: z.string() }).nullable(),
  ip: z.string().nullable(),
  country: z.string().nullable(),
  city: z.string().nullable(),
  device: z.string().nullable(),
  userAgent: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});

export const auditPageSchema = z.object({ items: z.array(auditEventSchema), nextCursor: cursor });

export const auditChainReportSchema = z.object({
  intact: z.boolean(),
  checked: count,
  /** Events inserted but not sealed yet (the ledger's alarm seals them within about a second). */
  pending: count,
  firstBroken: z.object({ seq: z.number().int(), id: z.string(), reason: z.string() }).nullable(),
  /** Where the next call should continue, or null when the whole chain was checked. */
  next: z.number().int().nullable(),
});

export const appConfigSchema = z.object({
  /** Set when reveals need a Cloudflare Turnstile token; null when the human check is off. */
  turnstileSiteKey: z.string().nullable(),
  /** The largest ciphertext (decoded bytes, envelope included) POST /api/secrets accepts: MAX_SECRET_BYTES. */
  maxSecretBytes: z.number().int().min(1),
  /** The largest sealed size of one secret's files (PROTOCOL 2.2): MAX_FILE_BYTES. */
  maxFileBytes: z.number().int().min(0),
  /** Password sign-in and sign-up are on (PASSWORD_LOGIN is not "off"). */
  passwordLogin: z.boolean(),
  /** "Sign in with <name>" starts at GET /api/auth/oidc/start; null when OIDC is not configured. */
  oidcProvider: z.string().nullable(),
  /** Cloudflare Access signs people in (ACCESS_TEAM_DOMAIN and ACCESS_AUD are set). */
  access: z.boolean(),
});

/** GET /api/audit/export: RFC 4180 CSV, one event a row (cells that would run as formulas neutralised). */
export const auditCsvSchema = z.string().meta({ description: "text/csv; header row first" });

/**
 * GET /api/audit/export?format=ndjson: one JSON object a line (LF), each an auditEvent plus its place in the
 * hash chain: `seq`, `prevHash` and `hash` (both null for the second or so before the ledger seals it).
 */
export const auditNdjsonSchema = z.string().meta({ description: "application/x-ndjson; one event a line" });

/** GET /api/openapi.json: the OpenAPI 3.1 document itself (protocol/openapi.ts). */
export const openApiDocumentSchema = z.looseObject({ openapi: z.string().startsWith("3.1"), paths: z.looseObject({}) });

/** A secret for many recipients (docs/protocol.md 8.2): each link is its own secret, in the order created. */
export const secretGroupSchema = z.object({
  id,
  name: z.string().nullable(),
  createdAt: time,
  expiresAt: time,
  links: z.array(ownedSecretSchema),
});

/** POST /api/secret-groups and GET /api/secret-groups/:id. */
export const secretGroupResultSchema = z.object({ group: secretGroupSchema });

export const secretGroupPageSchema = z.object({ items: z.array(secretGroupSchema), nextCursor: cursor });

export * from "./request-response-schemas";
export * from "./webhook-response-schemas";
