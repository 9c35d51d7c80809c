// The route table (protocol/routes.ts), part 5: secret requests (PROTOCOL 9). A response is opened with the
// secrets' own reveal (POST /api/secrets/:id/reveal), so it has no route here.
import { REQUEST_BODY_LIMIT } from "./limits";
import { createRequestSchema, listRequestsQuery, respondSchema } from "./request-schemas";
import { requestPageSchema, requestPeekSchema, requestResultSchema, responseStoredSchema } from "./response-schemas";
import type { ApiRoute } from "./route-types";
import { resourceIdParams } from "./schemas";

export const REQUEST_ROUTES: readonly ApiRoute[] = [
  {
    method: "POST",
    path: "/api/requests",
    summary: "Ask for a secret",
    auth: "user",
    body: createRequestSchema,
    bodyLimit: REQUEST_BODY_LIMIT,
    success: 201,
    response: requestResultSchema,
    errors: [
      "400 invalid_input",
      "401 unauthenticated",
      "403 csrf",
      "403 email_unverified",
      "413 too_large",
      "429 rate_limited",
    ],
  },
  {
    method: "GET",
    path: "/api/requests",
    summary: "List your requests and their responses",
    auth: "user",
    query: listRequestsQuery,
    success: 200,
    response: requestPageSchema,
    errors: ["400 invalid_input", "401 unauthenticated", "403 email_unverified"],
  },
  {
    method: "GET",
    path: "/api/requests/:id",
    summary: "What a responder sees of a request",
    auth: "none",
    params: resourceIdParams,
    success: 200,
    response: requestPeekSchema,
    errors: ["404 not_found"],
  },
  {
    method: "POST",
    path: "/api/requests/:id/responses",
    summary: "Answer a request with a secret encrypted to its key",
    auth: "none",
    params: resourceIdParams,
    body: respondSchema,
    bodyLimit: "secret",
    success: 201,
    response: responseStoredSchema,
    errors: [
      "400 invalid_input",
      "403 csrf",
      "404 not_found",
      "409 request_closed",
      "409 request_answered",
      "410 expired",
      "413 too_large",
      "429 rate_limited",
    ],
  },
  {
    method: "POST",
    path: "/api/requests/:id/close",
    summary: "Close a request to further responses",
    auth: "user",
    params: resourceIdParams,
    success: 200,
    response: requestResultSchema,
    errors: [
      "401 unauthenticated",
      "403 csrf",
      "403 email_unverified",
      "404 not_found",
      "409 request_closed",
      "410 expired",
    ],
  },
];
