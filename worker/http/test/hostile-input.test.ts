// Property-based tests over the whole API surface: random and adversarial requests must never produce a
// 5xx, must always fail with the documented error shape, and must not change stored state when refused.
// FUZZ_RUNS raises the case count (CI runs the default, a few thousand cases in all).
import { env } from "cloudflare:workers";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, type Caller, createSecret, ORIGIN, signUp } from "../../test/client";

const RUNS = Number(env.FUZZ_RUNS) || 400;
let cases = 0;
let owner: Caller;
let secretId: string;
let tokenId: string;

beforeAll(async () => {
  owner = await signUp();
  secretId = (await createSecret(owner, { recipientEmail: "r@example.com" })).secret.id;
  tokenId = (
    await (await api("/api/tokens", { method: "POST", body: '{"name":"t"}', ...owner })).json<{ id: string }>()
  ).id;
});
afterAll(() => console.log(`hostile-input: ${cases} generated requests, none answered 5xx`));

const TABLES = ["users", "sessions", "secrets", "api_tokens", "invites"];
async function counts(): Promise<number[]> {
  return Promise.all(
    TABLES.map(async (t) => (await env.DB.prepare(`SELECT count(*) AS n FROM ${t}`).first<{ n: number }>())?.n ?? 0),
  );
}

/** Sends the request and checks the invariants every answer must keep. */
async function expectDocumentedAnswer(path: string, init: RequestInit & Caller): Promise<Response> {
  cases += 1;
  const before = await counts();
  const res = await api(path, init);
  expect(res.status, `${init.method ?? "GET"} ${path}`).toBeLessThan(500);
  if (res.status >= 400) {
    const body = await res.json<{ error?: { code?: unknown; message?: unknown } }>();
    expect(typeof body.error?.code).toBe("string");
    expect(body.error?.code).toMatch(/^[a-z_]+$/);
    expect(typeof body.error?.message).toBe("string");
    expect(await counts(), `state changed on a refused ${init.method} ${path}`).toEqual(before);
  }
  return res;
}

// Sign-out is fuzzed too, but as an anonymous caller (below): with the owner's cookie it would end the
// session the other cases run under.
const POST_ROUTES = () => [
  "/api/auth/signup",
  "/api/auth/login",
  "/api/auth/setup",
  "/api/tokens",
  "/api/secrets",
  `/api/secrets/${secretId}/reveal`,
  `/api/secrets/${secretId}/email`,
  "/api/users",
];

// Keys that have broken JavaScript servers before, and values of every awkward kind.
const nastyKey = fc.constantFrom(
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "",
  "text",
  "ciphertext",
  "proof",
);
const nastyValue = fc.oneof(
  fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, -0, 0.1, "", "\u0000", "\ud800", "💥".repeat(100), null, true, [], {}),
  fc.string({ unit: "grapheme", maxLength: 50 }),
  fc.integer(),
);
const nastyObject = fc.dictionary(fc.oneof(nastyKey, fc.string({ maxLength: 12 })), nastyValue, { maxKeys: 6 });
const anyJson = fc.oneof(fc.jsonValue({ maxDepth: 4 }), nastyObject, fc.constant("[".repeat(5000)));
const asCaller = fc.constantFrom<"owner" | "anonymous">("owner", "anonymous");

describe("hostile input", () => {
  it("random and adversarial JSON to every POST route", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...POST_ROUTES(), "/api/auth/logout"),
        anyJson,
        asCaller,
        async (path, value, who) => {
          const body = typeof value === "string" && value.startsWith("[") ? value : JSON.stringify(value);
          const caller = who === "owner" && path !== "/api/auth/logout" ? owner : {};
          await expectDocumentedAnswer(path, { method: "POST", body, ...caller });
        },
      ),
      { numRuns: RUNS * 2 },
    );
  }, 120_000); // a count of cases, not a time budget: a busy machine may take longer

  it("the create body's fields with wrong types, huge numbers and prototype keys", async () => {
    const field = fc.constantFrom(
      "ciphertext",
      "verifier",
      "kdf",
      "name",
      "expiresIn",
      "maxViews",
      "requireLogin",
      "recipientEmail",
      "notifyOnView",
      "text",
      "passphrase",
      "__proto__",
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(field, nastyValue, { minKeys: 1, maxKeys: 5 }), async (body) => {
        await expectDocumentedAnswer("/api/secrets", { method: "POST", body: JSON.stringify(body), ...owner });
      }),
      { numRuns: RUNS },
    );
  });

  it("random ids, paths and methods under /api", async () => {
    const segment = fc.oneof(
      fc.string({ maxLength: 30 }).map(encodeURIComponent),
      fc.constantFrom("..", "%2F", "%00", "secrets", "tokens", "audit", "reveal", "email", secretId, tokenId),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("GET", "POST", "DELETE", "PUT", "PATCH", "HEAD"),
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        asCaller,
        async (method, segments, who) => {
          const path = `/api/${segments.join("/")}`;
          // "/api/.." is "/" once the URL is resolved: the app's page, not the API.
          const resolved = new URL(path, ORIGIN).pathname;
          const signOut = resolved === "/api/auth/logout";
          const caller = who === "owner" && !signOut ? owner : {};
          cases += 1;
          const res = await api(path, { method, ...caller, ...(method === "POST" ? { body: "{}" } : {}) });
          expect(res.status).toBeLessThan(500);
          if (resolved.startsWith("/api/") && method !== "HEAD" && res.status >= 400) {
            expect((await res.json<{ error: { code: string } }>()).error.code).toBeTruthy();
          }
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("random query strings on the list, audit and export routes", async () => {
    const param = fc.tuple(
      fc.constantFrom(
        "status",
        "limit",
        "cursor",
        "action",
        "resourceType",
        "result",
        "since",
        "until",
        "scope",
        "from",
        "x",
      ),
      fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.integer().map(String),
        fc.constantFrom("-1", "1e9", "all", "active,viewed", "NaN"),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          "/api/secrets",
          "/api/audit",
          "/api/audit/export",
          "/api/audit/verify",
          "/api/tokens",
          "/api/users",
        ),
        fc.array(param, { maxLength: 4 }),
        async (path, params) => {
          const query = new URLSearchParams(params).toString();
          await expectDocumentedAnswer(`${path}?${query}`, { ...owner });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("missing, duplicated and malformed headers", async () => {
    const header = fc.constantFrom(
      "Content-Type",
      "Origin",
      "Authorization",
      "Cookie",
      "Content-Length",
      "CF-Connecting-IP",
    );
    const junk = fc.oneof(
      fc.constantFrom(
        "",
        "application/json, text/plain",
        "Bearer",
        "Bearer olk_x.y",
        "null",
        "https://evil.example",
        "oncelink_session=a.b",
      ),
      fc.string({ maxLength: 40 }).filter((s) => /^[\x20-\x7e]*$/.test(s)),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...POST_ROUTES()),
        fc.array(fc.tuple(header, junk), { maxLength: 4 }),
        async (path, pairs) => {
          const headers = new Headers();
          for (const [name, value] of pairs) {
            if (name === "Content-Length") continue; // the runtime owns this one
            headers.append(name, value);
          }
          await expectDocumentedAnswer(path, { method: "POST", body: '{"email":"a@b.co","password":"x"}', headers });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("bodies just under and just over each route's limit", async () => {
    const fresh = await signUp(); // the owner's creation budget is spent by now
    const limits: [string, number][] = [
      ["/api/auth/login", 8 * 1024],
      ["/api/tokens", 4096],
      [`/api/secrets/${secretId}/reveal`, 4096],
      ["/api/secrets", Math.ceil((1_048_576 * 4) / 3) + 16 * 1024],
    ];
    for (const [path, limit] of limits) {
      for (const size of [limit - 1, limit, limit + 1]) {
        const body = `{"pad":"${"x".repeat(size - 10)}"}`;
        const res = await expectDocumentedAnswer(path, { method: "POST", body, ...fresh });
        if (size > limit) expect(res.status).toBe(413);
        else expect(res.status).not.toBe(413);
      }
    }
  });
});
