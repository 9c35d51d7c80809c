import { openDatabase } from "../db/client";
import { deleteSessionsExpiredBy } from "../db/sessions";
import { deleteChallengesExpiredBy } from "../db/webauthn-challenges";

/** Sessions past their absolute expiry, and WebAuthn challenges nobody answered in time. */
export async function deleteExpiredSessions(env: Env, now = new Date()): Promise<void> {
  const db = openDatabase(env.DB);
  await db.batch([deleteSessionsExpiredBy(db, now), deleteChallengesExpiredBy(db, now)]);
}
