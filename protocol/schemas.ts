// The API's request schemas (PROTOCOL section 3), shared by the Worker, which enforces them, and the
// web client, which builds requests from the same types.
// A namespace import, not `import { z }`: bundlers can then drop the parts of zod never used (locales,
// JSON Schema), which halves the Worker bundle.
import * as z from "zod";
import { base64UrlLength, decodeBase64Url } from "./base64url";
import {
  AUDIT_ACTIONS,
  AUDIT_EXPORT_FORMATS,
  AUDIT_RESOURCE_TYPES,
  AUDIT_RESULTS,
  AUTHENTICATOR_TRANSPORTS,
  SECRET_STATUSES,
  USER_ROLES,
} from "./enums";
import { KDF_SALT_BYTES, MAX_KDF_ITERATIONS, MIN_KDF_ITERATIONS } from "./envelope";
import { FILE_TAG_BYTES } from "./file-stream";
import {
  CONTROL_CHARACTERS,
  DEFAULT_EXPIRES_IN,
  MAX_EXPIRES_IN,
  MAX_NAME_LENGTH,
  MAX_PASSKEY_NAME_LENGTH,
  MAX_VIEWS,
  MIN_EXPIRES_IN,
  SECRET_ID_PATTERN,
} from "./limits";

export const isCanonicalBase64Url = (text: string) => {
  try {
    decodeBase64Url(text);
    return true;
  } catch {
    return false;
  }
};

// The examples (all-zero bytes, the canonical spelling) document the shape for a future OpenAPI document, and
// let generators that read the JSON Schema (worker/test/fuzz/) make values that pass the canonical check.
export const base64url = (bytes: number) =>
  z
    .string()
    .length(base64UrlLength(bytes), `must encode ${bytes} bytes`)
    .refine(isCanonicalBase64Url, "must be base64url without padding")
    .meta({ examples: ["A".repeat(base64UrlLength(bytes))] });

/**
 * A label a person typed (a secret's or a token's name). Control characters are refused, not stripped:
 * a line break in a name would become a line break in a mail header or a log line.
 */
export const labelSchema = (maxLength: number) =>
  z
    .string()
    .refine((text) => !CONTROL_CHARACTERS.test(text), "must not contain control characters or line breaks")
    .trim()
    .max(maxLength);

const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(254)
  .pipe(z.email({ message: "must be an email address" }))
  // JSON Schema shows a pipe's input side (a string); `format` says what it must hold once trimmed.
  .meta({ format: "email", examples: ["alice@example.com"] });

/** Length and strength are the password policy's to judge (worker/auth/password-policy.ts), with clearer words. */
const passwordSchema = z
  .string()
  .max(1024)
  .meta({ examples: ["plum kettle orbit saxophone 42"] });

export const kdfSchema = z.object({
  salt: base64url(KDF_SALT_BYTES),
  iterations: z.number().int().min(MIN_KDF_ITERATIONS).max(MAX_KDF_ITERATIONS),
});

const createOptions = {
  name: labelSchema(MAX_NAME_LENGTH).optional(),
  expiresIn: z.number().int().min(MIN_EXPIRES_IN).max(MAX_EXPIRES_IN).default(DEFAULT_EXPIRES_IN),
  maxViews: z.number().int().min(1).max(MAX_VIEWS).default(1),
  requireLogin: z.boolean().default(false),
  recipientEmail: emailSchema.optional(),
  notifyOnView: z.boolean().default(false),
  /** Show the recipient who sent it: the creator's verified email, never free text (docs/protocol.md 3.3.1). */
  showSender: z.boolean().default(false),
};

/** An envelope of section 2, as base64url; its bytes are checked (version, size) by the route. */
export const ciphertextSchema = z
  .string()
  .min(1)
  .refine(isCanonicalBase64Url, "must be base64url without padding")
  // A version-1 envelope (0x01, then a zero IV and tag around an empty text): the smallest accepted.
  .meta({ examples: [`AQ${"A".repeat(37)}`] });

export const encryptedCreateSchema = z.object({
  ciphertext: ciphertextSchema,
  verifier: base64url(32),
  /** PROTOCOL 2.1: SHA-256 of the key proof; clients send it for a secret with a passphrase. */
  keyVerifier: base64url(32).optional(),
  kdf: kdfSchema.optional(),
  /** PROTOCOL 2.2: the secret has files, of this many sealed bytes, uploaded in chunks after the create. */
  files: z.object({ bytes: z.number().int().min(FILE_TAG_BYTES) }).optional(),
  ...createOptions,
});

const plaintextCreateSchema = z.object({
  text: z.string().min(1, "must not be empty"),
  passphrase: z.string().min(1).max(1024).optional(),
  ...createOptions,
});

/** Either mode; parseCreateSecret tells them apart (by `ciphertext` or `text`) to name the failing field. */
export const createSecretSchema = z.union([encryptedCreateSchema, plaintextCreateSchema]);

/** A secret's or an API token's id in a path: 16 bytes as base64url. Anything else answers 404, like an unknown id. */
export const resourceIdParams = z.object({ id: z.string().regex(SECRET_ID_PATTERN, "must be a 22-character id") });

/** A chunk of a secret's files (PROTOCOL 2.2): the secret's id and the chunk's index, 0 up, in decimal. */
export const chunkParams = resourceIdParams.extend({
  index: z.string().regex(/^(0|[1-9][0-9]{0,6})$/, "must be a chunk index (0, 1, 2, ...)"),
});

export type EncryptedCreateInput = z.input<typeof encryptedCreateSchema>;
type EncryptedCreate = z.output<typeof encryptedCreateSchema>;
type PlaintextCreate = z.output<typeof plaintextCreateSchema>;

export const revealSchema = z.object({
  proof: base64url(32),
  /** PROTOCOL 2.1: the proof of the link key alone, for a secret created with a keyVerifier. */
  keyProof: base64url(32).optional(),
  /** Only where the deployment turned on the human check (Turnstile). */
  turnstileToken: z.string().max(2048).optional(),
});
export type RevealBody = z.input<typeof revealSchema>;

/** A path on this deployment ("/s/abc"), never "//host" or "/\\host": where a sign-in detour returns. */
export const returnPathSchema = z
  .string()
  .max(2048)
  // Printable ASCII; the character after the first "/" is neither "/" nor "\\".
  .regex(/^\/([\x21-\x2e\x30-\x5b\x5d-\x7e][\x21-\x7e]*)?$/, "must be a path on this site, starting with a single /");

/** GET /api/auth/oidc/start. */
export const oidcStartQuerySchema = z.object({ next: returnPathSchema.optional() });

export const credentialsSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
});
export type Credentials = z.input<typeof credentialsSchema>;

/**
 * A page cursor as the API gives them out: base64url of JSON [time, tie-breaker] (worker/http/page-cursor.ts).
 * The examples are [1767225600000, "AAAAAAAAAAAAAAAAAAAAAA"] and [1767225600000, 42].
 */
export const cursorSchema = (example: string) =>
  z
    .string()
    .max(200)
    .optional()
    .meta({ examples: [example] });

export const listSecretsQuery = z.object({
  /** One status, "all", or several joined by commas ("active,viewed": the dashboard without expired and burned). */
  status: z
    .string()
    .meta({ examples: ["all", "active", "active,viewed", "expired,burned"] })
    .default("all")
    .transform((value) => [...new Set(value.split(","))])
    .pipe(z.array(z.enum([...SECRET_STATUSES, "all"]))),
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: cursorSchema("WzE3NjcyMjU2MDAwMDAsIkFBQUFBQUFBQUFBQUFBQUFBQUFBQUEiXQ"),
  /** Only secrets whose name contains this, ignoring case. */
  q: z.string().trim().max(MAX_NAME_LENGTH).optional(),
  /** "false": only secrets outside any group (the dashboard lists groups apart); "true": only group links. */
  grouped: z.enum(["true", "false"]).optional(),
});

export type CreateSecretBody = ({ mode: "encrypted" } & EncryptedCreate) | ({ mode: "plaintext" } & PlaintextCreate);
type ParsedCreate = { success: true; data: CreateSecretBody } | { success: false; error: z.ZodError };

/** Create bodies come in two modes (PROTOCOL section 3), told apart by `ciphertext` or `text`. */
export function parseCreateSecret(body: unknown): ParsedCreate {
  const fields = typeof body === "object" && body !== null ? body : {};
  if ("ciphertext" in fields && "text" in fields) {
    return z.never({ message: "send either ciphertext or text, not both" }).safeParse(body) as ParsedCreate;
  }
  if ("text" in fields) {
    const parsed = plaintextCreateSchema.safeParse(body);
    return parsed.success ? { success: true, data: { mode: "plaintext", ...parsed.data } } : parsed;
  }
  const parsed = encryptedCreateSchema.safeParse(body);
  return parsed.success ? { success: true, data: { mode: "encrypted", ...parsed.data } } : parsed;
}

export const createTokenSchema = z.object({ name: labelSchema(100).pipe(z.string().min(1, "must not be empty")) });

export const inviteSchema = z.object({ email: emailSchema });

export const setupAccountSchema = z.object({ token: z.string().max(200), password: passwordSchema });

/** POST /api/auth/setup/invite: which address a setup link is for, before the password is chosen. */
export const setupInviteSchema = z.object({ token: z.string().max(200) });

/**
 * DELETE /api/me and DELETE /api/users/:id/account: the caller's own password, when the caller's account
 * has one; an account without one (SSO) proves itself by a recent sign-in instead (docs/api.md).
 */
export const deleteAccountSchema = z.object({ password: passwordSchema.optional() });
export type DeleteAccountBody = z.input<typeof deleteAccountSchema>;

/** PATCH /api/users/:id (admins). */
export const memberRoleSchema = z.object({ role: z.enum(USER_ROLES) });
export type SetupAccountBody = z.input<typeof setupAccountSchema>;

/** The token of an email verification link, from the link's fragment. */
export const verifyEmailSchema = z.object({ token: z.string().max(200) });

export const auditQuery = z.object({
  action: z.enum(AUDIT_ACTIONS).optional(),
  resourceType: z.enum(AUDIT_RESOURCE_TYPES).optional(),
  result: z.enum(AUDIT_RESULTS).optional(),
  since: z.iso.datetime({ offset: true }).optional(),
  until: z.iso.datetime({ offset: true }).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: cursorSchema("WzE3NjcyMjU2MDAwMDAsNDJd"),
  /** "all": every account's events (admins only); default: the caller's own resources and actions. */
  scope: z.enum(["mine", "all"]).default("mine"),
});
export type AuditQuery = z.output<typeof auditQuery>;

/** GET /api/audit/export: the log's filters (`limit` is unused) and the format. */
export const auditExportQuery = auditQuery.extend({ format: z.enum(AUDIT_EXPORT_FORMATS).default("csv") });

export const verifyAuditQuery = z.object({ from: z.coerce.number().int().min(1).optional() });

export const emailLinkSchema = z.object({ link: z.string().max(2048) });

export const changePasswordSchema = z.object({
  currentPassword: passwordSchema,
  newPassword: passwordSchema,
});
export type ChangePasswordBody = z.input<typeof changePasswordSchema>;

const webauthnBytes = z
  .string()
  .regex(/^[A-Za-z0-9_-]+$/, "must be base64url")
  .max(8192);
const authenticatorTransport = z.enum(AUTHENTICATOR_TRANSPORTS);
const credentialFields = {
  id: webauthnBytes,
  rawId: webauthnBytes,
  type: z.literal("public-key"),
  clientExtensionResults: z.object({}).loose(),
  authenticatorAttachment: z.enum(["platform", "cross-platform"]).optional(),
};

/** What @simplewebauthn/browser's startRegistration answers, posted as is. */
export const registrationResponseSchema = z.object({
  ...credentialFields,
  response: z.object({
    clientDataJSON: webauthnBytes,
    attestationObject: webauthnBytes,
    transports: z.array(authenticatorTransport).max(8).optional(),
  }),
});

/** What @simplewebauthn/browser's startAuthentication answers, posted as is. */
export const authenticationResponseSchema = z.object({
  ...credentialFields,
  response: z.object({
    clientDataJSON: webauthnBytes,
    authenticatorData: webauthnBytes,
    signature: webauthnBytes,
    userHandle: webauthnBytes.optional(),
  }),
});

export const addPasskeySchema = z.object({
  name: labelSchema(MAX_PASSKEY_NAME_LENGTH).min(1, "must not be empty"),
  response: registrationResponseSchema,
});

export const passkeySignInSchema = z.object({ response: authenticationResponseSchema });

/** The second step after a password: a passkey's answer, or one of the account's recovery codes. */
export const secondFactorSchema = z.union([
  z.object({ response: authenticationResponseSchema }),
  z.object({
    recoveryCode: z
      .string()
      .max(64)
      .regex(/^[A-Za-z0-9 -]+$/, "must be a recovery code (letters, digits and dashes)"),
  }),
]);

export const passkeyParamsSchema = z.object({ id: webauthnBytes.max(1400) });
