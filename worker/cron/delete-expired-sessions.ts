import { openDatabase } from "../db/client";
import { deleteSessionsExpiredBy } from "../db/sessions";

export async function deleteExpiredSessions(env: Env, now = new Date()): Promise<void> {
  await deleteSessionsExpiredBy(openDatabase(env.DB), now);
}
