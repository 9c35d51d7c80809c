// The route table (protocol/routes.ts), part 3: members and the audit log.

import { SMALL_BODY_LIMIT } from "./limits";
import type { ApiRoute } from "./route-types";
import {
  auditQuery,
  emailLinkSchema,
  inviteSchema,
  memberRoleSchema,
  resourceIdParams,
  verifyAuditQuery,
} from "./schemas";

const id = resourceIdParams;

export const ADMIN_ROUTES: readonly ApiRoute[] = [
  { method: "GET", path: "/api/users", auth: "admin", success: 200, errors: ["401 unauthenticated", "403 forbidden"] },
  {
    method: "POST",
    path: "/api/users",
    auth: "admin",
    body: inviteSchema,
    bodyLimit: SMALL_BODY_LIMIT,
    success: 201,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 forbidden",
      "409 email_taken",
      "413 too_large",
    ],
  },
  {
    method: "PATCH",
    path: "/api/users/:id",
    auth: "admin",
    params: id,
    body: memberRoleSchema,
    bodyLimit: SMALL_BODY_LIMIT,
    success: 200,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 forbidden",
      "404 not_found",
      "409 last_admin",
      "413 too_large",
    ],
  },
  {
    method: "DELETE",
    path: "/api/users/:id",
    auth: "admin",
    params: id,
    success: 204,
    errors: ["401 unauthenticated", "403 csrf", "403 forbidden", "404 not_found", "409 last_admin"],
  },
  {
    method: "POST",
    path: "/api/users/:id/invite",
    auth: "admin",
    params: id,
    success: 201,
    errors: ["401 unauthenticated", "403 csrf", "403 forbidden", "404 not_found", "409 already_set_up"],
  },
  {
    method: "POST",
    path: "/api/users/:id/invite/email",
    auth: "admin",
    params: id,
    body: emailLinkSchema,
    bodyLimit: SMALL_BODY_LIMIT,
    success: 202,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 forbidden",
      "404 not_found",
      "409 already_set_up",
      "413 too_large",
      "429 rate_limited",
      "502 mail_failed",
      "503 mail_unavailable",
    ],
  },
  {
    method: "GET",
    path: "/api/audit",
    auth: "user",
    query: auditQuery,
    success: 200,
    errors: ["400 invalid_input", "401 unauthenticated", "403 email_unverified", "403 forbidden"],
  },
  {
    method: "GET",
    path: "/api/audit/export",
    auth: "user",
    query: auditQuery,
    success: 200,
    errors: ["400 invalid_input", "401 unauthenticated", "403 email_unverified", "403 forbidden"],
  },
  {
    method: "GET",
    path: "/api/audit/verify",
    auth: "admin",
    query: verifyAuditQuery,
    success: 200,
    errors: ["400 invalid_input", "401 unauthenticated", "403 forbidden"],
  },
];
