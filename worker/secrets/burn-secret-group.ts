// Burning a group burns every link still active, each through its own vault as a single burn would
// (burn-secret.ts): one burn event per link, and the recipients' links stop working at once.
import type { Context } from "hono";
import { currentUser } from "../auth/current-user";
import { findOwnedGroup, linksOfGroups } from "../db/secret-groups";
import { effectiveStatus } from "../db/secrets";
import type { AppEnv } from "../env";
import { ApiError } from "../http/errors";
import { burnSecret } from "./burn-secret";

export const groupNotFound = () => new ApiError(404, "not_found", "No such secret group.");

export async function burnSecretGroup(c: Context<AppEnv>, groupId: string): Promise<void> {
  const owner = currentUser(c).id;
  // Object-level authorization: someone else's group answers exactly like one that does not exist.
  const group = await findOwnedGroup(c.var.db, groupId, owner);
  if (!group) throw groupNotFound();
  const live = (await linksOfGroups(c.var.db, owner, [group.id])).filter((row) => effectiveStatus(row) === "active");
  const outcomes = await Promise.allSettled(live.map((row) => burnSecret(c, row.id)));
  // A link opened or expired while this ran has ended anyway; any other failure is the owner's to know.
  const failed = outcomes.find(
    (outcome): outcome is PromiseRejectedResult =>
      outcome.status === "rejected" &&
      !(outcome.reason instanceof ApiError && [404, 410].includes(outcome.reason.status)),
  );
  if (failed) throw failed.reason;
}
