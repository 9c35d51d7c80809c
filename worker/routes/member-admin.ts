// Admins manage accounts: change a role, remove an account, and mail an invitee the one-time secret that
// carries their setup link. Every change is audited in the same D1 batch as the change itself, and the
// database keeps one admin (migration 0005): demoting or removing the last one answers 409 last_admin.
import { Hono } from "hono";
import type { MailSent, MemberResult } from "../../protocol/api";
import { LINK_KEY_PATTERN, SECRET_ID_PATTERN, SMALL_BODY_LIMIT } from "../../protocol/limits";
import { emailLinkSchema, memberRoleSchema } from "../../protocol/schemas";
import { keepingOneAdmin } from "../accounts/keep-one-admin";
import { accountEvent, commitWithAudit } from "../audit/commit-with-audit";
import { refuse } from "../audit/record-refusal";
import { currentUser, requireAdmin } from "../auth/current-user";
import { presentMember } from "../auth/present-user";
import type { Config } from "../config";
import { deleteAccount, findAccountById, setRole } from "../db/accounts";
import { deleteReaderRowsOf } from "../db/audit-readers-table";
import { findLiveInvite } from "../db/invites";
import { effectiveStatus, findOwnedSecret } from "../db/secrets";
import type { AppEnv } from "../env";
import { closeFeedSockets } from "../feed/feed-notice";
import { ApiError, invalidInput } from "../http/errors";
import { limitBody, valid } from "../http/validate-request";
import { assertMayMail } from "../mail/daily-cap";
import { recipientMailLocale } from "../mail/mail-language";
import { linkMail } from "../mail/messages";
import { secretMailEvent, sendSecretMail } from "../mail/send-secret-mail";
import { shareUrl } from "../secrets/present-secret";

export const memberNotFound = () => new ApiError(404, "not_found", "No such member.");

export const memberAdminRoutes = new Hono<AppEnv>()
  .patch("/users/:id", requireAdmin, limitBody(SMALL_BODY_LIMIT), valid("json", memberRoleSchema), async (c) => {
    const account = await findAccountById(c.var.db, c.req.param("id"));
    if (!account) throw memberNotFound();
    const { role } = c.req.valid("json");
    if (account.role !== role) {
      const event = { ...accountEvent("role_change", account), details: { from: account.role, to: role } };
      await keepingOneAdmin(commitWithAudit(c, [setRole(c.var.db, account.id, role)], event));
    }
    return c.json({ user: presentMember({ ...account, role }) } satisfies MemberResult);
  })
  .delete("/users/:id", requireAdmin, async (c) => {
    const account = await findAccountById(c.var.db, c.req.param("id"));
    if (!account) throw memberNotFound();
    const event = { ...accountEvent("member_remove", account), details: { role: account.role } };
    const removal = [deleteReaderRowsOf(c.var.db, account.id), deleteAccount(c.var.db, account.id)];
    await keepingOneAdmin(commitWithAudit(c, removal, event));
    c.executionCtx.waitUntil(closeFeedSockets(c.env, account.id, null));
    return c.body(null, 204);
  })
  // The admin's browser sealed the setup link into a one-time secret; the server mails that secret's
  // link (with its key) to the invitee once and keeps no copy, exactly as POST /api/secrets/:id/email does.
  .post(
    "/users/:id/invite/email",
    requireAdmin,
    limitBody(SMALL_BODY_LIMIT),
    valid("json", emailLinkSchema),
    async (c) => {
      const admin = currentUser(c);
      const account = await findAccountById(c.var.db, c.req.param("id"));
      if (!account) throw memberNotFound();
      const invite = await findLiveInvite(c.var.db, account.id);
      if (account.passwordHash !== "" || !invite) {
        throw new ApiError(409, "already_set_up", `${account.email} has no open invite to mail.`);
      }
      const { link } = c.req.valid("json");
      const secretId = shareLinkSecretId(link, c.var.origin);
      const secret = secretId ? await findOwnedSecret(c.var.db, secretId, admin.id) : undefined;
      if (!secret || effectiveStatus(secret) !== "active") {
        throw invalidInput(`link: must be the full share link of one of your active secrets on ${c.var.origin}`);
      }
      // Counted only for a request that would send: a refused one spends none of the admin's mails.
      // Owned by the admin, so it counts against the admin's daily cap.
      const sent = { secret, ownerId: admin.id, kind: "invite", to: account.email } as const;
      if (!mailConfigured(c.env, c.var.config.MAIL_TRANSPORT)) {
        const error = new ApiError(
          503,
          "mail_unavailable",
          "This deployment has no mail set up: send the link yourself.",
        );
        return refuse(c, secretMailEvent(sent), { reason: "mail_unavailable", error });
      }
      await assertMayMail(c, admin.id, secretMailEvent(sent));
      const locale = await recipientMailLocale(c, account.email);
      const mail = linkMail(account.email, link, admin, c.var.origin, secret.expiresAt, locale, "invite");
      await sendSecretMail(c, mail, sent);
      return c.json({ sent: true } satisfies MailSent, 202);
    },
  );

/** The secret id of `<origin>/s/<id>#<43-character key>`, or null for anything else. */
function shareLinkSecretId(link: string, origin: string): string | null {
  const [base, key, ...rest] = link.split("#");
  const id = base?.slice(shareUrl(origin, "").length) ?? "";
  const wellFormed = rest.length === 0 && LINK_KEY_PATTERN.test(key ?? "") && SECRET_ID_PATTERN.test(id);
  return wellFormed && base === shareUrl(origin, id) ? id : null;
}

/** The dev outbox, or Cloudflare's send_email binding when the deployment declares one. */
function mailConfigured(env: Env, transport: Config["MAIL_TRANSPORT"]): boolean {
  return transport === "outbox" || (env as Partial<Env>).EMAIL !== undefined;
}
