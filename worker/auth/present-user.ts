import type { Member, User } from "../../protocol/api";
import { isLocale } from "../../protocol/locales";
import type { UserRow } from "../db/schema";

/** The API's view of an account: what /api/me, sign-up, sign-in and setup answer, and what c.var.user holds. */
/** The columns of an account that its API view is made of: what a session's or a token's lookup selects. */
export type PresentedUserRow = Pick<UserRow, "id" | "email" | "role" | "emailVerifiedAt" | "locale">;

export function presentUser(row: PresentedUserRow): User {
  const { id, email, role } = row;
  return {
    id,
    email,
    role,
    emailVerified: row.emailVerifiedAt !== null,
    locale: isLocale(row.locale) ? row.locale : null,
  };
}

/** An account as the admins' member list shows it. */
export function presentMember(row: UserRow): Member {
  return {
    ...presentUser(row),
    createdAt: row.createdAt.toISOString(),
    pending: row.passwordHash === "" && row.ssoLinkedAt === null,
  };
}
