// Every refusal of an authentication or mail action is an audit event with its reason (README, Audit log):
// a wrong password, a lock, a rate limit, a closed sign-up, a daily cap, a provider that refused a mail. A
// refusal changes nothing else: the event is its only write here (no session, no counter reset; a wrong
// password's count toward the lock is the route's).
// A flood of refusals must not become a flood of rows, so their recording has its own per-address limiter
// (REFUSAL_AUDIT_LIMITER, wrangler.toml): past it, within the same minute, the caller gets the same answer
// and no further event is written (SECURITY.md, V16). The first refusals of every minute are always there.
import type { Context } from "hono";
import type { AuditRefusalReason } from "../../protocol/enums";
import type { AppEnv } from "../env";
import { addressKey } from "../http/client-ip";
import type { ApiError } from "../http/errors";
import { type AuditDetails, type AuditEventInput, commitWithAudit } from "./commit-with-audit";

export interface Refusal {
  reason: AuditRefusalReason;
  /** What the caller is answered. */
  error: ApiError;
}

export type RefusalEvent = AuditEventInput | (() => Promise<AuditEventInput>);

/**
 * A refused action's details: `reason` beside what the event already says. Also for the refusals no request
 * records (a vault's notice, the webhook-disabled mail), so every failure names its reason the same way.
 */
export function refusalDetails(details: AuditDetails | undefined, reason: AuditRefusalReason): AuditDetails {
  return { ...details, reason };
}

/**
 * Records `event` as a failure with `reason` (unless this address is past its refusals' quota); answers
 * whether it was recorded. A function for `event` is called only when it will be: a lookup it needs (the
 * account a refused sign-in names) is spent only on events that are written.
 */
export async function recordRefusal(
  c: Context<AppEnv>,
  event: RefusalEvent,
  reason: AuditRefusalReason,
): Promise<boolean> {
  const { success } = await c.env.REFUSAL_AUDIT_LIMITER.limit({ key: addressKey(c.req.raw) });
  if (!success) return false;
  const input = typeof event === "function" ? await event() : event;
  await commitWithAudit(c, [], { ...input, result: "failure", details: refusalDetails(input.details, reason) });
  return true;
}

/** Records the refusal, then answers the caller with its error. */
export async function refuse(c: Context<AppEnv>, event: RefusalEvent, refusal: Refusal): Promise<never> {
  await recordRefusal(c, event, refusal.reason);
  throw refusal.error;
}
