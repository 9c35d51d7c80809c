// One route's hostile requests, built from its entry in protocol/routes.ts: its path parameters, query and
// body schemas, its body limit and its auth level. Most requests come as a browser or a script would send
// them (cookie and Origin, or a bearer token; Content-Type: application/json), so they get past the Origin
// check and reach validation and the code behind it; the rest are the headers a careless client sends.
import fc from "fast-check";
import { createBodyLimit } from "../../../protocol/limits";
import type { ApiRoute } from "../../../protocol/routes";
import {
  branchesOf,
  hostileQueryValue,
  hostileValue,
  type JsonSchema,
  jsonSchemaOf,
  validValue,
} from "./json-schema-values";

export type CallerKind = "anonymous" | "member" | "admin" | "token" | "badToken" | "leaver";

export interface FuzzRequest {
  caller: CallerKind;
  method: string;
  /** Path and query, already encoded. */
  target: string;
  body?: string;
  headers: Record<string, string>;
  /** ALLOW_ANONYMOUS_CREATE for this request (anonymous creation reaches validation without a rate limit per account). */
  anonymousCreate: boolean;
  /** What kind of hostility, for the counts printed at the end. */
  kind: string;
}

/** The secret limit as the test deployment has it (MAX_SECRET_BYTES at its default). */
const SECRET_BODY_LIMIT = createBodyLimit(1_048_576);

/** Raw path segments: wrong lengths, traversal, encoded separators and NULs. */
const hostileSegment = fc.oneof(
  fc.constantFrom("", "A", "A".repeat(21), "A".repeat(23), "A".repeat(5000), "..", "%2e%2e", "%2F", "%00", "%", "%ZZ"),
  fc.constantFrom(`${"A".repeat(21)}=`, `${"A".repeat(21)}+`, "__proto__", "constructor", "%F0%9F%92%A5".repeat(6)),
  fc.string({ maxLength: 30 }).map(encodeURIComponent),
);

const foreignOrigin = fc.constantFrom("https://evil.example", "null", "https://oncelink.test.evil.example", "");
const oddContentType = fc.constantFrom(
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/json; charset=utf-8",
  "application/vnd.api+json",
  "APPLICATION/JSON",
  "",
);

export const SESSION_ENDING = ["/api/auth/login", "/api/auth/logout", "/api/auth/password", "/api/me"];

/** Authorization headers that open nothing: unknown, malformed, other schemes. */
const junkAuthorization = fc.constantFrom(
  `Bearer olk_${"A".repeat(22)}.${"A".repeat(22)}`,
  "Bearer",
  "Bearer ",
  "Bearer olk_x.y",
  "bearer olk_x.y",
  "Basic YTpi",
  `Bearer ${"A".repeat(5000)}`,
  "Bearer olk_%00.%00",
  "Bearer olk_\t.x",
);

/** `arbitrary` one time in ten, else null. */
const rarely = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fc.constant(null), weight: 9 }, { arbitrary, weight: 1 });

/** The caller that passes this route's auth level, so its requests get past authentication. */
export function fittingCaller(route: ApiRoute): CallerKind {
  switch (route.auth) {
    case "admin":
      return "admin";
    case "public":
    case "none":
    case "user-or-anonymous":
      return "anonymous";
    default:
      return "member";
  }
}

export function fuzzRequest(route: ApiRoute, fixtureParam: () => string, ownOrigin: string): fc.Arbitrary<FuzzRequest> {
  const callers: CallerKind[] = ["anonymous", "member", "admin", "token", "badToken"];
  // Signing in (rotation), signing out or changing the password would end the session other requests run under.
  const sessionEnding = SESSION_ENDING.includes(route.path);
  const ownCaller = (kind: CallerKind): CallerKind =>
    sessionEnding && (kind === "member" || kind === "admin") ? "leaver" : kind;
  const caller = fc
    .oneof(
      { arbitrary: fc.constant(fittingCaller(route)), weight: 6 },
      { arbitrary: fc.constantFrom(...callers), weight: 2 },
    )
    .map(ownCaller);
  return fc
    .record({
      caller,
      path: pathOf(route, fixtureParam),
      query: route.query ? queryOf(jsonSchemaOf(route.query)) : fc.constant({ text: "", kind: "" }),
      body: route.body ? bodyOf(route) : route.method === "POST" ? ignoredBody : fc.constant(undefined),
      origin: rarely(foreignOrigin),
      contentType: rarely(oddContentType),
      authorization: junkAuthorization,
      anonymousCreate: fc.oneof(
        { arbitrary: fc.constant(true), weight: 3 },
        { arbitrary: fc.constant(false), weight: 1 },
      ),
    })
    .map(({ caller, path, query, body, origin, contentType, authorization, anonymousCreate }) => {
      const headers: Record<string, string> = {};
      if (caller === "badToken") headers.Authorization = authorization;
      const browser = caller !== "token" && caller !== "badToken";
      if (route.method !== "GET" && browser) headers.Origin = origin ?? ownOrigin;
      if (body !== undefined) headers["Content-Type"] = contentType ?? "application/json";
      const kinds = [path.kind, query.kind, body?.kind, origin !== null && "origin", contentType !== null && "type"];
      return {
        caller,
        method: route.method,
        target: `${path.text}${query.text}`,
        body: body?.text,
        headers,
        anonymousCreate: route.auth === "user-or-anonymous" && anonymousCreate,
        kind: kinds.filter(Boolean).join("+") || "valid",
      };
    });
}

interface Part {
  text: string;
  kind: string;
}

function pathOf(route: ApiRoute, fixtureParam: () => string): fc.Arbitrary<Part> {
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1] ?? "");
  if (names.length === 0 || !route.params) return fc.constant({ text: route.path, kind: "" });
  const schema = jsonSchemaOf(route.params).properties ?? {};
  const segment = (name: string) =>
    fc.oneof(
      { arbitrary: fc.constant(null).map(() => ({ text: fixtureParam(), kind: "" })), weight: 5 },
      {
        arbitrary: validValue(schema[name] ?? {}).map((v) => ({ text: encodeURIComponent(String(v)), kind: "id?" })),
        weight: 2,
      },
      { arbitrary: hostileSegment.map((text) => ({ text, kind: "badId" })), weight: 3 },
    );
  return fc.tuple(...names.map(segment)).map((segments) => {
    let text = route.path;
    for (const [i, name] of names.entries()) text = text.replace(`:${name}`, segments[i]?.text ?? "");
    return {
      text,
      kind: segments
        .map((s) => s.kind)
        .filter(Boolean)
        .join("+"),
    };
  });
}

function queryOf(schema: JsonSchema): fc.Arbitrary<Part> {
  const fields = Object.entries(schema.properties ?? {});
  const valid = validValue(schema).map((value) => Object.entries(value as Record<string, unknown>));
  const asText = (pairs: [string, unknown][]) => new URLSearchParams(pairs.map(([k, v]) => [k, String(v)])).toString();
  const mutated = fc.oneof(
    ...fields.map(([name, field]) =>
      fc.tuple(valid, hostileQueryValue(field)).map(([pairs, bad]) => ({
        text: asText([...pairs.filter(([k]) => k !== name), [name, bad]]),
        kind: `query.${name}`,
      })),
    ),
    valid.map((pairs) => ({ text: `${asText(pairs)}&${asText(pairs)}`, kind: "query.duplicate" })),
    valid.map((pairs) => ({ text: asText([...pairs, ["__proto__", "x"], ["unknown", "1"]]), kind: "query.unknown" })),
    fc.constantFrom("%ZZ", "limit=%", "&&&", "a[b]=1", "=", "status", "limit=1&limit=2", "%00=%00").map((text) => ({
      text,
      kind: "query.raw",
    })),
  );
  return fc
    .oneof(
      { arbitrary: valid.map((pairs) => ({ text: asText(pairs), kind: "" })), weight: 2 },
      { arbitrary: mutated, weight: 3 },
    )
    .map((q) => ({ text: q.text ? `?${q.text}` : "", kind: q.kind }));
}

const nonObjectJson = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }).filter((v) => typeof v !== "object" || v === null || Array.isArray(v)),
  fc.constantFrom("[".repeat(10_000), `${"[".repeat(5000)}${"]".repeat(5000)}`),
);
const malformedJson = fc.constantFrom(
  "",
  "{",
  '{"a":',
  "{'a':1}",
  '{"a":1}}',
  "\ufeff{}",
  "\u0000",
  "nul",
  '{"a":"\\ud800"}',
  "1e99999",
);

/** A body for a route that takes none: it must be ignored. */
const ignoredBody = fc
  .option(
    fc
      .oneof(
        fc.jsonValue().map((v) => JSON.stringify(v) ?? "null"),
        malformedJson,
      )
      .map((text) => ({ text, kind: "body" })),
    { freq: 2 },
  )
  .map((body) => body ?? undefined);

function bodyOf(route: ApiRoute): fc.Arbitrary<Part> {
  const schema = jsonSchemaOf(route.body as NonNullable<ApiRoute["body"]>);
  const limit = route.bodyLimit === "secret" ? SECRET_BODY_LIMIT : (route.bodyLimit ?? 4096);
  const branches = branchesOf(schema);
  const json = (value: unknown, kind: string) => ({ text: JSON.stringify(value) ?? "null", kind });
  const perBranch = branches.map((branch) => {
    const valid = validValue(branch) as fc.Arbitrary<Record<string, unknown>>;
    const fields = Object.entries(branch.properties ?? {});
    const required = branch.required ?? [];
    return fc.oneof(
      { arbitrary: valid.map((v) => json(v, "")), weight: 9 },
      ...fields.map(([name, field]) => ({
        arbitrary: fc.tuple(valid, hostileValue(field)).map(([v, bad]) => json({ ...v, [name]: bad }, `body.${name}`)),
        weight: Math.max(1, Math.round(12 / fields.length)),
      })),
      ...required.map((name) => ({
        arbitrary: valid.map((v) =>
          json(Object.fromEntries(Object.entries(v).filter(([k]) => k !== name)), `no.${name}`),
        ),
        weight: 1,
      })),
      {
        // Keys nobody expects, a prototype key spelled in the JSON text itself (JSON.parse makes it an own key).
        arbitrary: fc
          .tuple(valid, fc.dictionary(fc.string({ maxLength: 10 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }))
          .map(([v, extra]) => ({
            text: withPrototypeKey(JSON.stringify({ ...extra, ...v })),
            kind: "unknown",
          })),
        weight: 3,
      },
      {
        // At the body limit, and one byte over it: the padding is an unknown field, so only the size matters.
        arbitrary: fc.tuple(valid, fc.boolean()).map(([v, over]) => padTo(v, limit, over)),
        weight: 1,
      },
    );
  });
  return fc.oneof(
    { arbitrary: fc.oneof(...perBranch), weight: 8 },
    {
      arbitrary: nonObjectJson.map((v) =>
        typeof v === "string" && v.startsWith("[") ? { text: v, kind: "nesting" } : json(v, "nonObject"),
      ),
      weight: 1,
    },
    { arbitrary: malformedJson.map((text) => ({ text, kind: "malformed" })), weight: 1 },
  );
}

/** The JSON of `value` with a padding field that makes it exactly `bytes` long in UTF-8. */
function padTo(value: Record<string, unknown>, limit: number, over: boolean): Part {
  const bytes = limit + (over ? 1 : 0);
  const base = JSON.stringify({ ...value, pad: "" });
  const room = Math.max(0, bytes - new TextEncoder().encode(base).length);
  return { text: base.replace('"pad":""', `"pad":"${"x".repeat(room)}"`), kind: over ? "overLimit" : "atLimit" };
}

/** `{"__proto__": …, …}` as text: JSON.parse makes it an own key, where an object literal would set the prototype. */
function withPrototypeKey(objectJson: string): string {
  const inner = objectJson.slice(1, -1);
  return `{"__proto__":{"role":"admin"}${inner ? `,${inner}` : ""}}`;
}
