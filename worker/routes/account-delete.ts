// DELETE /api/me (one's own account) and DELETE /api/users/:id/account (an admin deleting a member): the
// same confirmation (accounts/confirm-deletion.ts) and the same deletion (accounts/delete-account.ts).
import { Hono } from "hono";
import { AUTH_BODY_LIMIT } from "../../protocol/limits";
import { deleteAccountSchema } from "../../protocol/schemas";
import { confirmCaller } from "../accounts/confirm-deletion";
import { deleteAccount } from "../accounts/delete-account";
import { requireAdmin } from "../auth/current-user";
import { endSession } from "../auth/sessions";
import { findAccountById } from "../db/accounts";
import type { AppEnv } from "../env";
import { unauthenticated } from "../http/errors";
import { limitBody, valid } from "../http/validate-request";
import { memberNotFound } from "./member-admin";

export const accountDeleteRoutes = new Hono<AppEnv>()
  .delete("/me", limitBody(AUTH_BODY_LIMIT), valid("json", deleteAccountSchema), async (c) => {
    const user = c.var.user;
    if (!user) throw unauthenticated();
    const account = await findAccountById(c.var.db, user.id);
    if (!account) throw unauthenticated();
    await confirmCaller(c, c.req.valid("json").password, account);
    await deleteAccount(c, account);
    await endSession(c); // the row went with the account; this clears the browser's cookie
    return c.body(null, 204);
  })
  .delete(
    "/users/:id/account",
    requireAdmin,
    limitBody(AUTH_BODY_LIMIT),
    valid("json", deleteAccountSchema),
    async (c) => {
      const account = await findAccountById(c.var.db, c.req.param("id"));
      // The admin proves itself before learning whether the id exists.
      await confirmCaller(c, c.req.valid("json").password, account ?? null);
      if (!account) throw memberNotFound();
      await deleteAccount(c, account);
      if (account.id === c.var.user?.id) await endSession(c);
      return c.body(null, 204);
    },
  );
