// The account an identity provider (Cloudflare Access or the OIDC provider) vouches for: found by its
// verified email, linked if it was a password account, or created just in time. Never by anything else.
import type { Context } from "hono";
import { encodeBase64Url, randomBytes } from "../../protocol/base64url";
import type { AuditRefusalReason, SignInMethod } from "../../protocol/enums";
import { type AuditEventInput, accountEvent, commitWithAudit } from "../audit/commit-with-audit";
import { refuse } from "../audit/record-refusal";
import type { Config } from "../config";
import { findAccountByEmail, insertAccount, linkSso } from "../db/accounts";
import type { Database } from "../db/client";
import { consumeInvite, findLiveInvite } from "../db/invites";
import type { UserRow } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";

export type SsoMethod = Exclude<SignInMethod, "password">;

/** Records a refused SSO sign-in (the reason, never a token) and answers with `error`. */
export async function refuseSso(
  c: Context<AppEnv>,
  method: SsoMethod,
  reason: AuditRefusalReason,
  error: ApiError,
  email: string | null = null,
): Promise<never> {
  const event = async (): Promise<AuditEventInput> => {
    const account = email ? ((await findAccountByEmail(c.var.db, email)) ?? null) : null;
    return { ...accountEvent("login_failed", account), actor: null, details: { method, email } };
  };
  return refuse(c, event, { reason, error });
}

function roleFor(config: Config, email: string, current: UserRow["role"] | null): UserRow["role"] | "first-admin" {
  if (config.ADMIN_EMAILS.includes(email)) return "admin";
  if (current) return current;
  // Without ADMIN_EMAILS the first account is the admin, as with passwords; with it, only those named are.
  return config.ADMIN_EMAILS.length === 0 ? "first-admin" : "member";
}

/**
 * Uses up the account's open invite, if it has one; true for the one caller that did. Of two racing
 * sign-ins only one deletes the row, as with two racing password setups (routes/members.ts).
 */
async function consumeOpenInvite(db: Database, accountId: string): Promise<boolean> {
  const invite = await findLiveInvite(db, accountId);
  return invite ? consumeInvite(db, accountId, invite.tokenHash) : false;
}

/**
 * The account for `email`, which the provider has verified. SSO_ALLOWED_DOMAINS is checked first; a
 * password account with the same address is linked (its address now counts as verified); ADMIN_EMAILS
 * makes its addresses admins; an invitee's first SSO sign-in completes the invitation. The creation or link
 * is audited with the method.
 */
export async function ssoAccountFor(c: Context<AppEnv>, email: string, method: SsoMethod): Promise<UserRow> {
  const { config, db } = c.var;
  const domain = email.split("@")[1] ?? "";
  if (config.SSO_ALLOWED_DOMAINS.length > 0 && !config.SSO_ALLOWED_DOMAINS.includes(domain)) {
    const error = new ApiError(403, "sso_refused", `Accounts under ${domain} may not sign in to this deployment.`);
    return refuseSso(c, method, "domain_not_allowed", error, email);
  }
  const now = new Date();
  const existing = await findAccountByEmail(db, email);
  if (existing) {
    const role = roleFor(config, email, existing.role) === "admin" ? "admin" : existing.role;
    if (existing.ssoLinkedAt && existing.emailVerifiedAt && role === existing.role) return existing;
    const changes = [linkSso(db, existing.id, now, role)];
    // Recorded as the provider's proof of the address; the sign-in itself is the caller's `login` event.
    const events: AuditEventInput[] = [
      { ...accountEvent("email_verified", existing), actor: existing, details: { method, linked: true } },
    ];
    if (role !== existing.role) {
      events.push({ ...accountEvent("role_change", existing), actor: existing, details: { method, role } });
    }
    // An invitee signing in through SSO accepts the invite as setting a password would: its setup link stops
    // working, and the acceptance is the invitee's own `invite_accept`.
    if (await consumeOpenInvite(db, existing.id)) {
      events.push({ ...accountEvent("invite_accept", existing), actor: existing, details: { method } });
    }
    await commitWithAudit(c, changes, ...events);
    return (await findAccountByEmail(db, email)) ?? existing;
  }
  const id = encodeBase64Url(randomBytes(16));
  const role = roleFor(config, email, null);
  const insert = insertAccount(db, { id, email, passwordHash: "", role, emailVerifiedAt: now, ssoLinkedAt: now });
  const account = { id, email };
  try {
    await commitWithAudit(c, [insert], { ...accountEvent("signup", account), actor: account, details: { method } });
  } catch (error) {
    // Two first sign-ins racing for one address: the unique index lets one insert; the other finds it.
    const raced = await findAccountByEmail(db, email);
    if (raced) return raced;
    throw error;
  }
  const created = await findAccountByEmail(db, email);
  if (!created) throw new Error("the new account was not found");
  return created;
}
