// Response shapes of PROTOCOL section 3: each route of the Worker answers with `satisfies` one of these, and
// the web's client (web/src/lib/api-routes.ts) reads them, so a change to a shape fails to compile on both sides.

import type { AuditResourceType, AuditResult, PendingStep, SecretStatus, UserRole } from "./enums";
import type { Kdf } from "./envelope";

export interface User {
  id: string;
  email: string;
  role: UserRole;
  /** The owner of the address proved it by opening a mailed link (POST /api/auth/verify). */
  emailVerified: boolean;
}

export interface Secret {
  id: string;
  name: string | null;
  status: SecretStatus;
  url: string;
  createdAt: string;
  expiresAt: string;
  maxViews: number;
  views: number;
  viewedAt: string | null;
  passphrase: boolean;
  requireLogin: boolean;
  recipientEmail: string | null;
  notifyOnView: boolean;
}

/** GET /api/me, POST /api/auth/signup, /api/auth/login and /api/auth/setup. */
export interface UserResult {
  user: User;
}

/**
 * GET /api/session: who is signed in, answered 200 for a signed-out visitor too (GET /api/me answers 401).
 * `firstAccount`: no account exists yet, so whoever signs up first becomes the admin.
 */
export interface SessionResult {
  user: User | null;
  firstAccount: boolean;
  /** The browser passed the password step only: what it must do next (POST /api/auth/mfa, or add a passkey). */
  pending: PendingStep | null;
}

/**
 * POST /api/auth/login: `pending` says the session opens nothing yet: `second_factor`, present a passkey or a
 * recovery code (POST /api/auth/mfa); `enroll`, add a passkey first (REQUIRE_MFA).
 */
export interface LoginResult {
  user: User;
  pending: PendingStep | null;
}

/** GET /api/auth/passkeys. */
export interface Passkey {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface PasskeyList {
  items: Passkey[];
}

/** POST /api/auth/passkeys: `recoveryCodes` only with the account's first passkey, shown only here. */
export interface PasskeyAdded {
  passkey: Passkey;
  recoveryCodes: string[] | null;
}

/** POST /api/auth/recovery-codes: the new codes, shown only here; the old ones no longer work. */
export interface RecoveryCodesResult {
  recoveryCodes: string[];
}

/** POST /api/secrets. `link` only in plaintext mode, where the server made the key and so can say it. */
export interface CreateSecretResult {
  secret: Secret;
  link?: string;
}

/** GET /api/secrets/:id: what the recipient page shows before anything is spent. */
export interface SecretPeek {
  id: string;
  status: "active";
  expiresAt: string;
  remainingViews: number;
  passphrase: boolean;
  kdf?: Kdf;
  requireLogin: boolean;
  /** The creator's verified email, when they chose to show it (`showSender`); otherwise null. */
  from: string | null;
}

export interface RevealResult {
  ciphertext: string;
  viewedAt: string;
  remainingViews: number;
}

export interface ApiErrorBody {
  error: { code: string; message: string; attemptsRemaining?: number; retryAfter?: number };
}

/** 202 from POST /api/secrets/:id/email and /api/auth/verify/resend: the mail went. */
export interface MailSent {
  sent: true;
}

/** POST /api/auth/verify. */
export interface EmailVerified {
  verified: true;
  email: string;
}

/** GET /api/health. */
export interface HealthStatus {
  ok: true;
}

export const MESSAGES = {
  notFound: "Secret not found or has already been viewed",
  expired: "This secret has expired",
  incorrectPassphrase: "Incorrect passphrase",
  invalidLink: "This link is incomplete",
} as const;

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

export interface Member extends User {
  createdAt: string;
  /** Invited, but has not set a password yet. */
  pending: boolean;
  /** Storage in use, from GET /api/users (absent on a member just invited). */
  usage?: StorageUsage;
}

export interface StorageUsage {
  activeSecrets: number;
  activeBytes: number;
}

/** One successful view of a secret, as its owner sees it on the dashboard (from the audit log). */
export interface SecretView {
  at: string;
  /** The signed-in viewer's email; null for an anonymous viewer ("Unknown"). */
  viewer: string | null;
  city: string | null;
  country: string | null;
  device: string | null;
}

/** A secret in its owner's list: with who viewed it, newest first (at most 10; the audit log has all). */
export interface OwnedSecret extends Secret {
  recentViews: SecretView[];
}

/** GET /api/secrets: one page of the caller's secrets, newest first, and how many are in each status. */
export interface SecretPage {
  items: OwnedSecret[];
  nextCursor: string | null;
  counts: Record<SecretStatus, number>;
}

/** GET /api/tokens: the caller's tokens, newest first. */
export interface ApiTokenList {
  items: ApiToken[];
}

/** POST /api/tokens: the only answer that carries the token. */
export interface CreatedApiToken extends ApiToken {
  token: string;
}

/** GET /api/users (admins): every account with its storage use, and the quota each may use. */
export interface MemberList {
  items: Member[];
  quota: StorageUsage;
}

/** PATCH /api/users/:id (admins): the account with its new role. */
export interface MemberResult {
  user: Member;
}

/** POST /api/users and POST /api/users/:id/invite: the invitee's account and the token their one-time setup link carries. */
export interface Invitation {
  user: Member;
  setupToken: string;
}

/** POST /api/auth/setup/invite: the address a live setup link will set a password for. */
export interface SetupInvite {
  email: string;
}

export interface AuditEvent {
  id: string;
  at: string;
  /** An AuditAction, typed wider so a client older than the server still shows a new action (as its code). */
  action: string;
  result: AuditResult;
  resourceType: AuditResourceType;
  resourceId: string | null;
  resourceName: string | null;
  /** null for an anonymous viewer: shown as "Unknown". */
  actor: { id: string; email: string } | null;
  ip: string | null;
  country: string | null;
  city: string | null;
  device: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
}

/** GET /api/audit: one page of events, newest first. */
export interface AuditPage {
  items: AuditEvent[];
  nextCursor: string | null;
}

/** GET /api/audit/verify (admins): one chunk of the hash chain checked. */
export interface AuditChainReport {
  intact: boolean;
  checked: number;
  /** Events inserted but not sealed yet (the ledger's alarm seals them within about a second). */
  pending: number;
  firstBroken: { seq: number; id: string; reason: string } | null;
  /** Where the next call should continue, or null when the whole chain was checked. */
  next: number | null;
}

/** GET /api/config: what the browser needs to know about this deployment before anyone signs in. */
export interface AppConfig {
  /** Set when reveals need a Cloudflare Turnstile token; null when the human check is off. */
  turnstileSiteKey: string | null;
  /** The largest ciphertext (decoded bytes, envelope included) POST /api/secrets accepts: MAX_SECRET_BYTES. */
  maxSecretBytes: number;
  /** Password sign-in and sign-up are on (PASSWORD_LOGIN is not "off"). */
  passwordLogin: boolean;
  /** "Sign in with <name>" starts at GET /api/auth/oidc/start; null when OIDC is not configured. */
  oidcProvider: string | null;
  /** Cloudflare Access signs people in (ACCESS_TEAM_DOMAIN and ACCESS_AUD are set). */
  access: boolean;
}
