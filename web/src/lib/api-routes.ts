// One typed function per API route: the only place the UI names a path or an answer's type, so the pages
// can't disagree with protocol/api.ts. Plain functions over api() rather than hono's hc<AppType>(): the
// recipient page (/s/:id) stays a few hundred bytes lighter, and imports only types from the protocol.

import type { MyAccountBody } from "../../../protocol/account-schemas";
import type {
  ApiTokenList,
  AppConfig,
  AuditChainReport,
  AuditPage,
  CreatedApiToken,
  CreatedWebhook,
  CreateSecretResult,
  EmailVerified,
  Invitation,
  LoginResult,
  MailSent,
  MemberList,
  MemberResult,
  PasskeyAdded,
  PasskeyList,
  RecoveryCodesResult,
  RequestPage,
  RequestPeek,
  RequestResult,
  ResponseStored,
  RevealResult,
  SecretGroupPage,
  SecretGroupResult,
  SecretPage,
  SecretPeek,
  SessionResult,
  SetupInvite,
  SlackRequestFinished,
  UserResult,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookList,
} from "../../../protocol/api";
import type { UserRole } from "../../../protocol/enums";
import type { CreateSecretGroupInput } from "../../../protocol/group-schemas";
import type { Locale } from "../../../protocol/locales";
import type { CreateRequestInput, RespondBody } from "../../../protocol/request-schemas";
import type {
  ChangePasswordBody,
  Credentials,
  DeleteAccountBody,
  EncryptedCreateInput,
  RevealBody,
  SetupAccountBody,
} from "../../../protocol/schemas";
import type { FinishSlackRequestInput } from "../../../protocol/slack-schemas";
import type { CreateWebhookInput } from "../../../protocol/webhook-schemas";
import { api } from "./api";

const secretPath = (id: string) => `/api/secrets/${encodeURIComponent(id)}`;

/** The live feed's WebSocket (PROTOCOL 3.3.5), on the page's own origin: the cookie and Origin go with it. */
export const secretFeedUrl = () =>
  `${location.protocol === "https:" ? "wss:" : "ws:"}//${location.host}/api/secrets/live`;

// Deployment
export const getAppConfig = () => api<AppConfig>("/api/config");

// Accounts and sessions
export const getSession = () => api<SessionResult>("/api/session");
export const signUp = (body: Credentials) => api<LoginResult>("/api/auth/signup", { body });
export const signIn = (body: Credentials) => api<LoginResult>("/api/auth/login", { body });
export const getMe = () => api<UserResult>("/api/me");
export const setMyLocale = (locale: Locale) =>
  api<UserResult>("/api/me", { method: "PATCH", body: { locale } satisfies MyAccountBody });
export const logOut = () => api<void>("/api/auth/logout", { method: "POST" });
export const changePassword = (body: ChangePasswordBody) => api<void>("/api/auth/password", { body });
/** DELETE /api/me: the password for a password account, nothing for an SSO one (a recent sign-in instead). */
export const deleteOwnAccount = (password: string | undefined) =>
  api<void>("/api/me", { method: "DELETE", body: { password } satisfies DeleteAccountBody });
export const setUpAccount = (body: SetupAccountBody) => api<UserResult>("/api/auth/setup", { body });
export const verifyEmail = (token: string) => api<EmailVerified>("/api/auth/verify", { body: { token } });
export const resendVerification = () => api<MailSent>("/api/auth/verify/resend", { method: "POST" });

// Passkeys (the WebAuthn options and answers are @simplewebauthn/browser's JSON, passed through)
export const passkeyRegistrationOptions = <T>() => api<T>("/api/auth/passkeys/register/options", { method: "POST" });
export const addPasskey = (name: string, response: unknown) =>
  api<PasskeyAdded>("/api/auth/passkeys", { body: { name, response } });
export const listPasskeys = () => api<PasskeyList>("/api/auth/passkeys");
export const removePasskey = (id: string) =>
  api<void>(`/api/auth/passkeys/${encodeURIComponent(id)}`, { method: "DELETE" });
export const newRecoveryCodes = () => api<RecoveryCodesResult>("/api/auth/recovery-codes", { method: "POST" });
export const passkeySignInOptions = <T>() => api<T>("/api/auth/passkeys/login/options", { method: "POST" });
export const passkeySignIn = (response: unknown) =>
  api<LoginResult>("/api/auth/passkeys/login", { body: { response } });
export const secondFactorOptions = <T>() => api<T>("/api/auth/mfa/options", { method: "POST" });
export const passSecondFactor = (body: { response: unknown } | { recoveryCode: string }) =>
  api<LoginResult>("/api/auth/mfa", { body });

// Secrets: the recipient's two (peek, reveal), then the owner's
export const getSecretPeek = (id: string) => api<SecretPeek>(secretPath(id));
export const revealSecret = (id: string, body: RevealBody) => api<RevealResult>(`${secretPath(id)}/reveal`, { body });
export const createSecret = (body: EncryptedCreateInput) => api<CreateSecretResult>("/api/secrets", { body });
/** `query`: status, limit and cursor, as GET /api/secrets reads them. */
export const listSecrets = (query: URLSearchParams) => api<SecretPage>(`/api/secrets?${query}`);
export const burnSecret = (id: string) => api<void>(secretPath(id), { method: "DELETE" });
export const mailSecretLink = (id: string, link: string) =>
  api<MailSent>(`${secretPath(id)}/email`, { body: { link } });

// Secret groups (PROTOCOL 8.2): one secret for many recipients, one link each
const groupPath = (id: string) => `/api/secret-groups/${encodeURIComponent(id)}`;
export const createSecretGroup = (body: CreateSecretGroupInput) =>
  api<SecretGroupResult>("/api/secret-groups", { body });
export const listSecretGroups = (query: URLSearchParams) => api<SecretGroupPage>(`/api/secret-groups?${query}`);
export const burnSecretGroup = (id: string) => api<void>(groupPath(id), { method: "DELETE" });

// Secret requests (PROTOCOL 9): the responder's two (peek, respond), then the requester's
const requestPath = (id: string) => `/api/requests/${encodeURIComponent(id)}`;
export const getRequestPeek = (id: string) => api<RequestPeek>(requestPath(id));
export const respondToRequest = (id: string, body: RespondBody) =>
  api<ResponseStored>(`${requestPath(id)}/responses`, { body });
export const createRequest = (body: CreateRequestInput) => api<RequestResult>("/api/requests", { body });
/** A request started in Slack (`/oncelink request`), finished here with this browser's key. */
export const finishSlackRequest = (body: FinishSlackRequestInput) =>
  api<SlackRequestFinished>("/api/slack/requests/finish", { body });
export const listRequests = () => api<RequestPage>("/api/requests?limit=100");
export const closeRequest = (id: string) => api<RequestResult>(`${requestPath(id)}/close`, { method: "POST" });

// Webhooks
export type WebhookChanges = Partial<Pick<WebhookEndpoint, "url" | "events" | "format" | "enabled">>;
const webhookPath = (id: string) => `/api/webhooks/${encodeURIComponent(id)}`;
export const listWebhooks = () => api<WebhookList>("/api/webhooks");
export const createWebhook = (body: CreateWebhookInput) => api<CreatedWebhook>("/api/webhooks", { body });
export const updateWebhook = (id: string, changes: WebhookChanges) =>
  api<WebhookEndpoint>(webhookPath(id), { method: "PATCH", body: changes });
export const deleteWebhook = (id: string) => api<void>(webhookPath(id), { method: "DELETE" });
export const rotateWebhookSecret = (id: string) => api<CreatedWebhook>(`${webhookPath(id)}/rotate`, { method: "POST" });
export const sendWebhookTest = (id: string) => api<WebhookDelivery>(`${webhookPath(id)}/test`, { method: "POST" });
export const listWebhookDeliveries = (id: string) => api<WebhookDeliveryList>(`${webhookPath(id)}/deliveries`);

// API tokens
export const listApiTokens = () => api<ApiTokenList>("/api/tokens");
export const createApiToken = (name: string) => api<CreatedApiToken>("/api/tokens", { body: { name } });
export const revokeApiToken = (id: string) => api<void>(`/api/tokens/${encodeURIComponent(id)}`, { method: "DELETE" });

// Members (admins)
export const listMembers = () => api<MemberList>("/api/users");
export const inviteMember = (email: string) => api<Invitation>("/api/users", { body: { email } });
const memberPath = (id: string) => `/api/users/${encodeURIComponent(id)}`;
export const changeMemberRole = (id: string, role: UserRole) =>
  api<MemberResult>(memberPath(id), { method: "PATCH", body: { role } });
export const removeMember = (id: string) => api<void>(memberPath(id), { method: "DELETE" });
/** DELETE /api/users/:id/account: the admin's own password (nothing for an SSO admin). */
export const deleteMemberAccount = (id: string, password: string | undefined) =>
  api<void>(`${memberPath(id)}/account`, { method: "DELETE", body: { password } satisfies DeleteAccountBody });
export const reinviteMember = (id: string) => api<Invitation>(`${memberPath(id)}/invite`, { method: "POST" });
export const mailInvite = (id: string, link: string) =>
  api<MailSent>(`${memberPath(id)}/invite/email`, { body: { link } });
export const getSetupInvite = (token: string) => api<SetupInvite>("/api/auth/setup/invite", { body: { token } });

// Audit log
/** `query`: the filters, limit and cursor, as GET /api/audit reads them. */
export const getAuditPage = (query: URLSearchParams) => api<AuditPage>(`/api/audit?${query}`);
/** One chunk of the chain from `from` (the previous report's `next`), or from the start. */
export const verifyAuditChain = (from: number | null) =>
  api<AuditChainReport>(from === null ? "/api/audit/verify" : `/api/audit/verify?from=${from}`);
