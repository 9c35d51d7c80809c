import type { UserRole } from "../../../../protocol/enums";
import type { MessageKey } from "../../lib/i18n";

/** How each role is named on the Account and Members pages. */
export const ROLE_LABELS: Readonly<Record<UserRole, MessageKey>> = {
  admin: "settings.role.admin",
  member: "settings.role.member",
};

/** The button that gives a member the other role. */
export const MAKE_ROLE: Readonly<Record<UserRole, MessageKey>> = {
  admin: "settings.members.makeAdmin",
  member: "settings.members.makeMember",
};
