// The OpenAPI 3.1 document of the API, generated from the route table (protocol/routes.ts) and the zod schemas
// the routes validate with and answer in (protocol/schemas.ts, protocol/response-schemas.ts): there is no
// hand-kept copy. zod 4's own z.toJSONSchema writes JSON Schema 2020-12, which is OpenAPI 3.1's schema
// dialect, so no OpenAPI library sits in between. Served at GET /api/openapi.json; `npm run lint` writes it
// to build/openapi.json and lints it with Redocly (scripts/write-openapi.ts).
import * as z from "zod";
import { errorResponses, type JsonSchema, type ResponseObject } from "./openapi-errors";
import * as responseSchemas from "./response-schemas";
import { API_ROUTES, type ApiRoute, type AuthLevel } from "./routes";

export const OPENAPI_PATH = "/api/openapi.json";

const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/** Every response schema under its exported name, "userResultSchema" as "UserResult". */
function responseComponents() {
  const registry = z.registry<{ id: string }>();
  const names = new Map<z.ZodType, string>();
  for (const [exported, schema] of Object.entries(responseSchemas)) {
    const name = exported.replace(/Schema$/, "").replace(/^./, (first) => first.toUpperCase());
    registry.add(schema, { id: name });
    names.set(schema, name);
  }
  const { schemas } = z.toJSONSchema(registry, {
    uri: (id) => `#/components/schemas/${id}`,
    unrepresentable: "any",
  });
  // Each component is a schema inside the document, not a document of its own.
  const components = Object.fromEntries(
    Object.entries(schemas).map(([name, { $schema: _, $id: __, ...schema }]) => [name, schema]),
  );
  return { components, names };
}

/** A request schema as a client sends it: before defaults and transforms (what the fuzzer reads too). */
function requestSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...json } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return json;
}

/** Who may call, per auth level (PROTOCOL 3.2.2): an empty requirement means "no credentials needed". */
const SECURITY: Record<AuthLevel, Record<string, string[]>[]> = {
  public: [],
  none: [{}, { sessionCookie: [] }, { bearerToken: [] }],
  "signed-in": [{ sessionCookie: [] }, { bearerToken: [] }],
  user: [{ sessionCookie: [] }, { bearerToken: [] }],
  "user-or-anonymous": [{ sessionCookie: [] }, { bearerToken: [] }, {}],
  "session-only": [{ sessionCookie: [] }],
  admin: [{ sessionCookie: [] }, { bearerToken: [] }],
};

const AUTH_WORDS: Record<AuthLevel, string> = {
  public: "No caller is identified (no storage is read).",
  none: "Anyone; a session or token, when sent, identifies the caller.",
  "signed-in": "A signed-in account (an unverified address is enough).",
  user: "A signed-in account that may use the API (under `SIGNUP_POLICY=domains`, a verified address).",
  "user-or-anonymous": "A user, or anyone where the deployment sets `ALLOW_ANONYMOUS_CREATE=true`.",
  "session-only": "The browser session only: API tokens answer `403 session_required`.",
  admin: "An admin (`403 forbidden` for members).",
};

/** "/api/secrets/:id/reveal" as OpenAPI writes it, and a name for the operation ("postSecretsIdReveal"). */
const openApiPath = (path: string) => path.replace(/:(\w+)/g, "{$1}");
const operationId = (route: ApiRoute) =>
  route.method.toLowerCase() +
  route.path
    .replace(/^\/api\//, "")
    .split(/[/.]/)
    .map((part) => part.replace(/^:/, "").replace(/^./, (first) => first.toUpperCase()))
    .join("");

/** The tag a route is listed under in the reference: its first path segment, grouped. */
function tagOf(path: string): string {
  const segment = path.split("/")[2] ?? "";
  if (["health", "config", "openapi.json"].includes(segment)) return "service";
  if (["auth", "me", "session"].includes(segment)) return "auth";
  return segment;
}

const TAGS = [
  { name: "service", description: "Health, the deployment's settings and this document." },
  { name: "auth", description: "Sign-up, sign-in, sessions, invite setup and email verification." },
  { name: "secrets", description: "Create, list, peek at, reveal, mail and burn one-time secrets." },
  { name: "requests", description: "Secret requests: ask for a secret, receive it encrypted to your key." },
  { name: "tokens", description: "API tokens (`Authorization: Bearer olk_…`)." },
  { name: "users", description: "Members and invitations (admins)." },
  { name: "audit", description: "The tamper-evident audit log." },
];

function parameters(route: ApiRoute) {
  const list: Record<string, unknown>[] = [];
  for (const [place, schema] of [
    ["path", route.params],
    ["query", route.query],
  ] as const) {
    if (!schema) continue;
    const json = requestSchema(schema);
    for (const [name, property] of Object.entries(json.properties ?? {})) {
      const required = place === "path" || (json.required ?? []).includes(name);
      list.push({ name, in: place, required, schema: property });
    }
  }
  if (route.errors.includes("403 csrf")) {
    list.push({
      name: "Origin",
      in: "header",
      required: false,
      description:
        "With the session cookie, the app's own origin (browsers send it themselves); otherwise `403 csrf`. Not needed with a bearer token.",
      schema: { type: "string", examples: ["https://secrets.example.com"] },
    });
  }
  return list;
}

function requestBody(route: ApiRoute) {
  if (!route.body) return undefined;
  const limit =
    route.bodyLimit === "secret"
      ? "about 4/3 of `MAX_SECRET_BYTES` plus 16 KiB"
      : route.bodyLimit
        ? `${route.bodyLimit} bytes`
        : "";
  return {
    required: true,
    description: limit ? `JSON; larger than ${limit} answers \`413 too_large\`.` : "JSON",
    content: { "application/json": { schema: requestSchema(route.body) } },
  };
}

function successResponse(route: ApiRoute, names: Map<z.ZodType, string>): ResponseObject {
  const description = {
    200: "OK",
    201: "Created",
    202: "Accepted: the mail went",
    204: "Done; no body",
    302: "Found: the browser is sent on to the Location header",
    101: "Switching Protocols: a WebSocket (send Upgrade: websocket)",
  }[route.success];
  if (route.success === 302) {
    return {
      description,
      headers: { Location: { description: "Where the browser goes next", schema: { type: "string" } } },
    };
  }
  if (!route.response) return { description };
  const name = names.get(route.response);
  if (!name) throw new Error(`${route.method} ${route.path}: its response schema is not in response-schemas.ts`);
  const mediaType = route.contentType ?? "application/json";
  const content = { [mediaType]: { schema: schemaRef(name) } };
  if (route.alternative) {
    const other = names.get(route.alternative.response);
    if (!other) throw new Error(`${route.method} ${route.path}: its alternative schema is not in response-schemas.ts`);
    content[route.alternative.contentType] = { schema: schemaRef(other) };
  }
  return { description, content };
}

function operation(route: ApiRoute, names: Map<z.ZodType, string>) {
  const body = requestBody(route);
  return {
    operationId: operationId(route),
    summary: route.summary ?? `${route.method} ${route.path}`,
    description: `**Who may call:** ${AUTH_WORDS[route.auth]}`,
    tags: [tagOf(route.path)],
    security: SECURITY[route.auth],
    parameters: parameters(route),
    ...(body ? { requestBody: body } : {}),
    responses: { [route.success]: successResponse(route, names), ...errorResponses(route) },
  };
}

/** The whole document; `routes` is the table (a parameter so a test can hand it a route of its own). */
export function buildOpenApiDocument(routes: readonly ApiRoute[] = API_ROUTES) {
  const { components, names } = responseComponents();
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route, names) };
  }
  return {
    openapi: "3.1.1",
    info: {
      title: "Oncelink API",
      version: "1",
      summary: "One-time secrets, encrypted in the client: the server never sees plaintext or keys.",
      description:
        "Oncelink protocol v1 (docs/protocol.md in the repository). Secrets are encrypted before they are sent; a reveal proves the link key. Every error is `{error: {code, message}}` with a code from `ApiErrorBody`; each response lists the codes its route may answer.",
    },
    // Relative: the document describes whichever deployment serves it.
    servers: [{ url: "/", description: "This deployment" }],
    tags: TAGS,
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        sessionCookie: {
          type: "apiKey",
          in: "cookie",
          name: "__Host-oncelink_session",
          description:
            "The browser session, set by sign-in (`oncelink_session` on http://localhost). State-changing requests that carry it must send the app's own `Origin` (`403 csrf` otherwise).",
        },
        bearerToken: {
          type: "http",
          scheme: "bearer",
          bearerFormat: "olk_…",
          description:
            "An API token from POST /api/tokens. Exempt from the Origin check; cannot mint or revoke tokens or change the password.",
        },
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
