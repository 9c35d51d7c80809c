import type { User } from "../../protocol/api";
import type { UserRow } from "../db/schema";

/** The API's view of an account: what /api/me, sign-up, sign-in and setup answer, and what c.var.user holds. */
export function presentUser(row: Pick<UserRow, "id" | "email" | "role" | "emailVerifiedAt">): User {
  return { id: row.id, email: row.email, role: row.role, emailVerified: row.emailVerifiedAt !== null };
}
