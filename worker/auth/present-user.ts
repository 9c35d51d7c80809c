import type { Member, User } from "../../protocol/api";
import type { UserRow } from "../db/schema";

/** The API's view of an account: what /api/me, sign-up, sign-in and setup answer, and what c.var.user holds. */
export function presentUser(row: Pick<UserRow, "id" | "email" | "role" | "emailVerifiedAt">): User {
  return { id: row.id, email: row.email, role: row.role, emailVerified: row.emailVerifiedAt !== null };
}

/** An account as the admins' member list shows it. */
export function presentMember(row: UserRow): Member {
  return {
    ...presentUser(row),
    createdAt: row.createdAt.toISOString(),
    pending: row.passwordHash === "" && row.ssoLinkedAt === null,
  };
}
