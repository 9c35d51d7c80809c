// Response shapes of PROTOCOL section 3: each route of the Worker answers with `satisfies` one of these, and
// the web's client (web/src/lib/api-routes.ts) reads them, so a change to a shape fails to compile on both sides.
// Each type is inferred from its zod schema in protocol/response-schemas.ts, the one source the OpenAPI
// document is generated from too. Type-only imports: the recipient page loads no zod for them.

import type * as z from "zod";
import type * as schemas from "./response-schemas";

type Shape<Schema extends z.ZodType> = z.infer<Schema>;

export type User = Shape<typeof schemas.userSchema>;
export type Secret = Shape<typeof schemas.secretSchema>;
/** GET /api/me, POST /api/auth/signup, /api/auth/login and /api/auth/setup. */
export type UserResult = Shape<typeof schemas.userResultSchema>;
/**
 * GET /api/session: who is signed in, answered 200 for a signed-out visitor too (GET /api/me answers 401).
 * `firstAccount`: no account exists yet, so whoever signs up first becomes the admin.
 */
export type SessionResult = Shape<typeof schemas.sessionResultSchema>;
export type LoginResult = Shape<typeof schemas.loginResultSchema>;
export type Passkey = Shape<typeof schemas.passkeySchema>;
export type PasskeyList = Shape<typeof schemas.passkeyListSchema>;
export type PasskeyAdded = Shape<typeof schemas.passkeyAddedSchema>;
export type RecoveryCodesResult = Shape<typeof schemas.recoveryCodesResultSchema>;
/** POST /api/secrets. `link` only in plaintext mode, where the server made the key and so can say it. */
export type CreateSecretResult = Shape<typeof schemas.createSecretResultSchema>;
/** GET /api/secrets/:id: what the recipient page shows before anything is spent. */
export type SecretPeek = Shape<typeof schemas.secretPeekSchema>;
export type RevealResult = Shape<typeof schemas.revealResultSchema>;
export type ChunkStored = Shape<typeof schemas.chunkStoredSchema>;
export type UploadComplete = Shape<typeof schemas.uploadCompleteSchema>;
export type ApiErrorBody = Shape<typeof schemas.apiErrorBodySchema>;
/** 202 from POST /api/secrets/:id/email and /api/auth/verify/resend: the mail went. */
export type MailSent = Shape<typeof schemas.mailSentSchema>;
/** POST /api/auth/verify. */
export type EmailVerified = Shape<typeof schemas.emailVerifiedSchema>;
/** GET /api/health. */
export type HealthStatus = Shape<typeof schemas.healthStatusSchema>;

export const MESSAGES = {
  notFound: "Secret not found or has already been viewed",
  expired: "This secret has expired",
  incorrectPassphrase: "Incorrect passphrase",
  invalidLink: "This link is incomplete",
} as const;

export type ApiToken = Shape<typeof schemas.apiTokenSchema>;
export type Member = Shape<typeof schemas.memberSchema>;
export type StorageUsage = Shape<typeof schemas.storageUsageSchema>;
/** One successful view of a secret, as its owner sees it on the dashboard (from the audit log). */
export type SecretView = Shape<typeof schemas.secretViewSchema>;
/** A secret in its owner's list: with who viewed it, newest first (at most 10; the audit log has all). */
export type OwnedSecret = Shape<typeof schemas.ownedSecretSchema>;
/** GET /api/secrets: one page of the caller's secrets, newest first, and how many are in each status. */
export type SecretPage = Shape<typeof schemas.secretPageSchema>;

/**
 * GET /api/secrets/live (a WebSocket): the server's one message, sent when any of the caller's secrets
 * changed. It names nothing; the dashboard refetches GET /api/secrets. A client may send FEED_PING at any
 * time and gets FEED_PONG back.
 */
export interface FeedMessage {
  type: "changed";
}
export const FEED_CHANGED = JSON.stringify({ type: "changed" } satisfies FeedMessage);
export const FEED_PING = "ping";
export const FEED_PONG = "pong";
/** The close code of a feed socket whose session or token ended (sign-out, revocation, password change). */
export const FEED_CREDENTIAL_ENDED = 4001;

/** GET /api/tokens: the caller's tokens, newest first. */
export type ApiTokenList = Shape<typeof schemas.apiTokenListSchema>;
/** POST /api/tokens: the only answer that carries the token. */
export type CreatedApiToken = Shape<typeof schemas.createdApiTokenSchema>;
/** GET /api/users (admins): every account with its storage use, and the quota each may use. */
export type MemberList = Shape<typeof schemas.memberListSchema>;
/** PATCH /api/users/:id (admins): the account with its new role. */
export type MemberResult = Shape<typeof schemas.memberResultSchema>;
/** POST /api/users and POST /api/users/:id/invite: the invitee's account and the token their one-time setup link carries. */
export type Invitation = Shape<typeof schemas.invitationSchema>;
/** POST /api/auth/setup/invite: the address a live setup link will set a password for. */
export type SetupInvite = Shape<typeof schemas.setupInviteResultSchema>;
export type AuditEvent = Shape<typeof schemas.auditEventSchema>;
/** GET /api/audit: one page of events, newest first. */
export type AuditPage = Shape<typeof schemas.auditPageSchema>;
/** GET /api/audit/verify (admins): one chunk of the hash chain checked. */
export type AuditChainReport = Shape<typeof schemas.auditChainReportSchema>;
/** GET /api/config: what the browser needs to know about this deployment before anyone signs in. */
export type AppConfig = Shape<typeof schemas.appConfigSchema>;

/** Secret requests (PROTOCOL 9). */
export type SecretRequest = Shape<typeof schemas.secretRequestSchema>;
export type RequestResponse = Shape<typeof schemas.requestResponseSchema>;
export type OwnedRequest = Shape<typeof schemas.ownedRequestSchema>;
export type RequestResult = Shape<typeof schemas.requestResultSchema>;
export type SlackRequestFinished = Shape<typeof schemas.slackRequestFinishedSchema>;
export type RequestPage = Shape<typeof schemas.requestPageSchema>;
export type RequestPeek = Shape<typeof schemas.requestPeekSchema>;
export type ResponseStored = Shape<typeof schemas.responseStoredSchema>;
export const REQUEST_MESSAGES = {
  notFound: "No such request",
  expired: "This request has expired",
  closed: "This request was closed by the person who asked",
  answered: "This request has all the responses it accepts",
} as const;
/** A secret for many recipients: its links, each its own secret with its own status and views. */
export type SecretGroup = Shape<typeof schemas.secretGroupSchema>;
/** POST /api/secret-groups (201) and GET /api/secret-groups/:id. */
export type SecretGroupResult = Shape<typeof schemas.secretGroupResultSchema>;
/** GET /api/secret-groups: the caller's groups, newest first. */
export type SecretGroupPage = Shape<typeof schemas.secretGroupPageSchema>;
/** A webhook endpoint as its owner sees it (never with its signing secret). */
export type WebhookEndpoint = Shape<typeof schemas.webhookEndpointSchema>;
export type WebhookList = Shape<typeof schemas.webhookListSchema>;
/** POST /api/webhooks (201) and POST /api/webhooks/:id/rotate: the endpoint with its new signing secret. */
export type CreatedWebhook = Shape<typeof schemas.createdWebhookSchema>;
export type WebhookDelivery = Shape<typeof schemas.webhookDeliverySchema>;
export type WebhookDeliveryList = Shape<typeof schemas.webhookDeliveryListSchema>;
