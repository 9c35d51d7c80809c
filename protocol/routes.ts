// Every route of the API in one table (PROTOCOL section 3.7): method, path, who may call it, the zod schemas
// its parameters, query and body must pass, its body limit and every error it may answer. The Worker's
// routes validate with these same schemas; the contract fuzzer (worker/test/fuzz/) builds its hostile
// requests from this table, and a test fails when the app answers a route the table does not list, so a new
// route is fuzzed without new test code. An OpenAPI generator can read it as it stands: zod 4 turns each
// schema into JSON Schema (z.toJSONSchema), and `errors` are the documented responses.
import type { ApiRoute } from "./route-types";
import { ACCOUNT_DELETE_ROUTES } from "./routes-account-delete";
import { ADMIN_ROUTES } from "./routes-admin";
import { AUTH_ROUTES } from "./routes-auth";
import { FILE_ROUTES } from "./routes-files";
import { GROUP_ROUTES } from "./routes-groups";
import { PASSKEY_ROUTES } from "./routes-passkeys";
import { REQUEST_ROUTES } from "./routes-requests";
import { SECRET_ROUTES } from "./routes-secrets";
import { SLACK_ROUTES } from "./routes-slack";
import { WEBHOOK_ROUTES } from "./routes-webhooks";

export { ANY_ROUTE_ERRORS, type ApiRoute, type AuthLevel, BAD_TOKEN_ERROR, type ErrorAnswer } from "./route-types";

export const API_ROUTES: readonly ApiRoute[] = [
  ...AUTH_ROUTES,
  ...PASSKEY_ROUTES,
  ...SECRET_ROUTES,
  ...REQUEST_ROUTES,
  ...SLACK_ROUTES,
  ...FILE_ROUTES,
  ...GROUP_ROUTES,
  ...ADMIN_ROUTES,
  ...ACCOUNT_DELETE_ROUTES,
  ...WEBHOOK_ROUTES,
];
