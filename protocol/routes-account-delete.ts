// The route table (protocol/routes.ts), account deletion: one's own account, or a member's by an admin.
import { AUTH_BODY_LIMIT } from "./limits";
import type { ApiRoute } from "./route-types";
import { deleteAccountSchema, resourceIdParams } from "./schemas";

export const ACCOUNT_DELETE_ROUTES: readonly ApiRoute[] = [
  {
    method: "DELETE",
    path: "/api/me",
    summary: "Delete your own account",
    auth: "session-only",
    body: deleteAccountSchema,
    bodyLimit: AUTH_BODY_LIMIT,
    success: 204,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 session_required",
      "403 invalid_credentials",
      "403 reauth_required",
      "409 last_admin",
      "413 too_large",
      "429 rate_limited",
    ],
    refusalRecords: ["account_delete"],
  },
  {
    method: "DELETE",
    path: "/api/users/:id/account",
    summary: "Delete a member's account",
    auth: "admin",
    params: resourceIdParams,
    body: deleteAccountSchema,
    bodyLimit: AUTH_BODY_LIMIT,
    success: 204,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 forbidden",
      "403 session_required",
      "403 invalid_credentials",
      "403 reauth_required",
      "404 not_found",
      "409 last_admin",
      "413 too_large",
      "429 rate_limited",
    ],
    refusalRecords: ["account_delete"],
  },
];
