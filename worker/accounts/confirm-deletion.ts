// Who may delete an account: the browser session of the caller (never an API token), who proves again it is
// them. A password account sends its password; an account without one (signed in through OIDC or Access)
// must have signed in within REAUTH_WINDOW_SECONDS, the rule passkey removal uses. Wrong passwords count
// toward the sign-in lock of (email, address) and are audited as a refused account_delete.
import type { Context } from "hono";
import type { User } from "../../protocol/api";
import { accountEvent } from "../audit/commit-with-audit";
import { refuse } from "../audit/record-refusal";
import { assertSignInAllowed, recordSignInFailure } from "../auth/login-throttle";
import { verifyPassword } from "../auth/password-hash";
import { findAccountById } from "../db/accounts";
import type { UserRow } from "../db/schema";
import type { AppEnv } from "../env";
import { ApiError, invalidInput, unauthenticated } from "../http/errors";
import { assertFreshSignIn } from "../passkeys/second-factor";

export async function confirmCaller(
  c: Context<AppEnv>,
  password: string | undefined,
  target: Pick<UserRow, "id" | "email"> | null,
): Promise<User> {
  const caller = c.var.user;
  if (!caller) throw unauthenticated();
  if (c.var.authMethod !== "session" && c.var.authMethod !== "access") {
    throw new ApiError(403, "session_required", "API tokens cannot do this; sign in to Oncelink in the browser.");
  }
  const row = await findAccountById(c.var.db, caller.id);
  if (!row) throw unauthenticated();
  if (row.passwordHash === "") {
    assertFreshSignIn(c); // 403 reauth_required: sign in again through the identity provider
    return caller;
  }
  if (password === undefined) throw invalidInput("password: your password is required to delete an account");
  const refused = accountEvent("account_delete", target);
  await assertSignInAllowed(c, caller.email, refused);
  if (!(await verifyPassword(password, row.passwordHash))) {
    await recordSignInFailure(c.env.KV, caller.email, c.req.raw);
    const error = new ApiError(403, "invalid_credentials", "The password is incorrect.");
    return refuse(c, refused, { reason: "wrong_password", error });
  }
  return caller;
}
