import { lte } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { emailVerifications } from "../db/schema";

/** An expired link opens nothing already; this only keeps the table from holding dead rows. */
export async function deleteExpiredVerificationLinks(env: Env, now = new Date()): Promise<void> {
  await openDatabase(env.DB).delete(emailVerifications).where(lte(emailVerifications.expiresAt, now));
}
