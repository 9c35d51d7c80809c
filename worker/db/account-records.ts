import { eq } from "drizzle-orm";
import type { Database } from "./client";
import { users } from "./schema";

export async function emailTaken(db: Database, email: string): Promise<boolean> {
  return (await db.query.users.findFirst({ where: eq(users.email, email), columns: { id: true } })) !== undefined;
}
