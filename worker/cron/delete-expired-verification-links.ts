import { openDatabase } from "../db/client";
import { deleteVerificationTokensExpiredBy } from "../db/email-verifications";

/** An expired link opens nothing already; this only keeps the table from holding dead rows. */
export async function deleteExpiredVerificationLinks(env: Env, now = new Date()): Promise<void> {
  await deleteVerificationTokensExpiredBy(openDatabase(env.DB), now);
}
