// The route table (protocol/routes.ts), part 5: secret groups, one secret for many recipients (8.2).
import { createSecretGroupSchema, listSecretGroupsQuery } from "./group-schemas";
import { secretGroupPageSchema, secretGroupResultSchema } from "./response-schemas";
import type { ApiRoute } from "./route-types";
import { resourceIdParams } from "./schemas";

export const GROUP_ROUTES: readonly ApiRoute[] = [
  {
    method: "POST",
    path: "/api/secret-groups",
    summary: "Create a secret for many recipients, one link each",
    auth: "user",
    body: createSecretGroupSchema,
    bodyLimit: "secret",
    success: 201,
    response: secretGroupResultSchema,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 email_unverified",
      "403 quota_exceeded",
      "413 too_large",
      "429 rate_limited",
    ],
  },
  {
    method: "GET",
    path: "/api/secret-groups",
    summary: "List your secret groups",
    auth: "user",
    query: listSecretGroupsQuery,
    success: 200,
    response: secretGroupPageSchema,
    errors: ["400 invalid_input", "401 unauthenticated", "403 email_unverified"],
  },
  {
    method: "GET",
    path: "/api/secret-groups/:id",
    summary: "A secret group with every link's status and views",
    auth: "user",
    params: resourceIdParams,
    success: 200,
    response: secretGroupResultSchema,
    errors: ["401 unauthenticated", "403 email_unverified", "404 not_found"],
  },
  {
    method: "DELETE",
    path: "/api/secret-groups/:id",
    summary: "Burn every link of a secret group",
    auth: "user",
    params: resourceIdParams,
    success: 204,
    errors: ["401 unauthenticated", "403 csrf", "403 email_unverified", "404 not_found"],
  },
];
