// The error responses of one route in the OpenAPI document (protocol/openapi.ts): each status the route may
// answer, with the error body's schema narrowed to the codes the route table lists for that status. The
// contract test validates real answers against these, so an unlisted code fails it.
import { ANY_ROUTE_ERRORS, type ApiRoute, BAD_TOKEN_ERROR } from "./route-types";

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  [keyword: string]: unknown;
}

export interface ResponseObject {
  description: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema: unknown }>;
}

const STATUS_WORDS: Record<number, string> = {
  400: "Bad request",
  401: "Not signed in, or the credentials are wrong",
  403: "Refused",
  404: "Not found (an unknown id, or one the caller may not see)",
  409: "Conflict",
  410: "Gone: the secret expired",
  413: "Body too large",
  421: "Wrong host: the request's host is not one of APP_ORIGIN's",
  429: "Too many requests",
  500: "Server error: `misconfigured` names the setting to fix",
  502: "The mail service refused the message",
  503: "A service this needs is not available",
};

/** Every error the route may answer: its own, the host errors any route may answer, and a bad bearer token. */
export function errorsOf(route: ApiRoute): string[] {
  const identified = route.auth === "public" ? [] : [BAD_TOKEN_ERROR];
  return [...new Set([...route.errors, ...identified, ...ANY_ROUTE_ERRORS])];
}

export function errorResponses(route: ApiRoute): Record<string, ResponseObject> {
  const byStatus = new Map<string, string[]>();
  for (const answer of errorsOf(route)) {
    const [status = "", code = ""] = answer.split(" ");
    byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
  }
  const responses: Record<string, ResponseObject> = {};
  for (const [status, codes] of [...byStatus].sort(([a], [b]) => a.localeCompare(b))) {
    const schema = {
      allOf: [
        { $ref: "#/components/schemas/ApiErrorBody" },
        { properties: { error: { properties: { code: { enum: codes } } } } },
      ],
    };
    responses[status] = {
      description: `${STATUS_WORDS[Number(status)] ?? "Error"}: ${codes.map((code) => `\`${code}\``).join(", ")}`,
      ...(status === "429"
        ? { headers: { "Retry-After": { description: "Seconds to wait", schema: { type: "integer", minimum: 1 } } } }
        : {}),
      content: { "application/json": { schema } },
    };
  }
  return responses;
}
