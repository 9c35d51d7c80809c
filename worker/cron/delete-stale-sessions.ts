import { lte } from "drizzle-orm";
import { openDatabase } from "../db/client";
import { sessions } from "../db/schema";

export async function deleteExpiredSessions(env: Env, now = new Date()): Promise<void> {
  await openDatabase(env.DB).delete(sessions).where(lte(sessions.expiresAt, now));
}
