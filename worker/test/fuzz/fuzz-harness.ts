// Runs a route's hostile requests against the real Worker (D1, KV, Durable Objects in workerd) and holds every
// answer to the contract: never a 5xx, every error in the documented shape with a code listed for that route
// in protocol/routes.ts, and nothing stored changed by a refusal.
import { createExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import fc from "fast-check";
import { expect } from "vitest";
import type { CreatedApiToken } from "../../../protocol/api";
import { AUDIT_ACTIONS } from "../../../protocol/enums";
import { buildOpenApiDocument } from "../../../protocol/openapi";
import { apiErrorBodySchema } from "../../../protocol/response-schemas";
import { ANY_ROUTE_ERRORS, API_ROUTES, type ApiRoute, BAD_TOKEN_ERROR } from "../../../protocol/routes";
import { changePasswordSchema } from "../../../protocol/schemas";
import { app } from "../../app";
import { createSecret, ORIGIN, postJson, STRONG_PASSWORD, sessionCookieOf, signUp } from "../client";
import { AnswerContract, type OpenApiShape } from "../openapi/answer-contract";
import { type CallerKind, type FuzzRequest, fuzzRequest, SESSION_ENDING } from "./fuzz-requests";
import { jsonSchemaOf } from "./json-schema-values";

/** Requests per route; FUZZ_RUNS raises it (README, Tests). 125 x 24 routes: about 3,000 in CI. */
export const RUNS_PER_ROUTE = Number(env.FUZZ_RUNS) || 125;

/** PROTOCOL section 4: the one error shape (protocol/response-schemas.ts), strict about unknown fields. */
const errorBodySchema = apiErrorBodySchema.strict();

/** Answers that stop a request before its own code ran: too many of these and the fuzz proved nothing. */
const GATE_CODES = new Set(["csrf", "unauthenticated", "session_required", "forbidden", "rate_limited", "wrong_host"]);

export type RouteGroup = "auth" | "own-account" | "secrets" | "accounts";
/** The caller's own session and account: the slow routes (password hashing, mail), in a file of their own. */
const OWN_ACCOUNT = ["/api/auth/logout", "/api/auth/password", "/api/auth/verify/resend"];

/** Which file fuzzes a route; "accounts" takes whatever the others do not, so no route is left out. */
export function routesOf(group: RouteGroup): ApiRoute[] {
  const groupOf = (route: ApiRoute): RouteGroup => {
    if (OWN_ACCOUNT.includes(route.path)) return "own-account";
    if (route.path.startsWith("/api/auth/")) return "auth";
    return route.path.startsWith("/api/secrets") ? "secrets" : "accounts";
  };
  return API_ROUTES.filter((route) => groupOf(route) === group);
}

interface Caller {
  cookie?: string;
  bearer?: string;
}

export class ContractFuzzer {
  private readonly callers = new Map<CallerKind, Caller>();
  private leaverEmail = "";
  private leaverPassword = STRONG_PASSWORD;
  private victimSecrets: string[] = [];
  private victimToken = "";
  readonly answers = new Map<string, Map<string, number>>();
  /** Every fuzzed answer must also match the OpenAPI document (status, media type, body). */
  private readonly contract = new AnswerContract(buildOpenApiDocument() as unknown as OpenApiShape);

  /** The first account of the file's fresh storage is the deployment's admin. */
  async setUp(): Promise<void> {
    const admin = await signUp();
    if (admin.user.role !== "admin") throw new Error("the fuzz file's first account must be its admin");
    const member = await signUp();
    const leaver = await signUp();
    this.leaverEmail = leaver.user.email;
    // The leaver's password is the schema's example (STRONG_PASSWORD), so password changes can succeed too.
    if (jsonSchemaOf(changePasswordSchema).properties?.currentPassword?.examples?.[0] !== STRONG_PASSWORD) {
      throw new Error("changePasswordSchema's example password is not the test accounts' password");
    }
    this.callers.set("anonymous", {});
    this.callers.set("admin", { cookie: admin.cookie });
    this.callers.set("member", { cookie: member.cookie });
    this.callers.set("leaver", { cookie: leaver.cookie });
    this.callers.set("token", { bearer: await this.mintToken() });
    this.callers.set("badToken", {}); // its Authorization header comes with each request (fuzz-requests.ts)
    this.victimToken = (await this.mintTokenRow()).id;
    // Several, so that burning one is not the end of the fixtures; created before the create route is fuzzed.
    for (let i = 0; i < 6; i++) {
      this.victimSecrets.push((await createSecret(member, { recipientEmail: "recipient@example.com" })).secret.id);
    }
  }

  private async mintTokenRow(): Promise<CreatedApiToken> {
    const res = await postJson("/api/tokens", { name: "fuzz" }, { cookie: this.callers.get("member")?.cookie });
    if (res.status !== 201) throw new Error(`minting a token failed: ${res.status}`);
    return res.json<CreatedApiToken>();
  }

  private async mintToken(): Promise<string> {
    return (await this.mintTokenRow()).token;
  }

  /** The id a route's :id names when it is not being attacked: a live object the member owns. */
  private fixtureFor(route: ApiRoute): string {
    if (route.path.startsWith("/api/secrets/")) return this.victimSecrets[0] ?? "A".repeat(22);
    if (route.path.startsWith("/api/tokens/")) return this.victimToken;
    return "A".repeat(22);
  }

  async fuzz(route: ApiRoute, runs = RUNS_PER_ROUTE): Promise<void> {
    const requests = fuzzRequest(route, () => this.fixtureFor(route), ORIGIN);
    await fc.assert(
      fc.asyncProperty(requests, (request) => this.check(route, request)),
      { numRuns: runs, endOnFailure: true },
    );
    this.expectValidationReached(route);
  }

  /** Methods and paths no route has, or a route's path bent out of shape: a JSON answer, never the SPA or a 5xx. */
  async fuzzUnknownRoutes(runs = RUNS_PER_ROUTE): Promise<void> {
    const segment = fc.oneof(
      fc.string({ maxLength: 30 }).map(encodeURIComponent),
      fc.constantFrom(
        "..",
        "%2F",
        "%00",
        "secrets",
        "tokens",
        "audit",
        "reveal",
        "email",
        "auth",
        "users",
        "A".repeat(22),
      ),
    );
    const requests = fc.record({
      method: fc.constantFrom("GET", "POST", "DELETE", "PUT", "PATCH", "OPTIONS"),
      segments: fc.array(segment, { minLength: 1, maxLength: 4 }),
      caller: fc.constantFrom<CallerKind>("anonymous", "member", "token"),
    });
    await fc.assert(
      fc.asyncProperty(requests, async ({ method, segments, caller }) => {
        const target = `/api/${segments.join("/")}`;
        const path = new URL(target, ORIGIN).pathname;
        // Signing out would end the member's session; the other routes are fuzzed by fuzz() with their own inputs.
        if (path === "/api/auth/logout") return;
        const headers: Record<string, string> = method === "GET" || caller === "token" ? {} : { Origin: ORIGIN };
        const body = method === "GET" ? undefined : "{}";
        const request = { caller, method, target, body, headers, anonymousCreate: false, kind: "route" };
        const res = await this.send({ ...request, headers: { ...headers, "Content-Type": "application/json" } });
        const text = await res.text();
        const label = `${method} ${target} as ${caller}`;
        expect(res.status, `${label} answered ${text.slice(0, 200)}`).toBeLessThan(500);
        if (!path.startsWith("/api/") || res.status < 400) return;
        expect(errorBodySchema.safeParse(safeJson(text)).success, `${label}: ${text.slice(0, 200)}`).toBe(true);
      }),
      { numRuns: runs, endOnFailure: true },
    );
  }

  private async check(route: ApiRoute, request: FuzzRequest): Promise<void> {
    const label = `${request.method} ${request.target.slice(0, 200)} as ${request.caller} (${request.kind})`;
    const before = await this.snapshot(route);
    const res = await this.send(request);
    const text = await res.text();
    expect(res.status, `${label} answered ${text.slice(0, 300)}`).toBeLessThan(500);
    const reply = { status: res.status, contentType: res.headers.get("Content-Type"), text };
    expect(this.contract.problems(route, reply), label).toEqual([]);
    if (res.status < 400) {
      this.count(route, `${res.status}`);
      expect(res.status, label).toBe(route.success);
      await this.afterSuccess(route, request);
      return;
    }
    const parsed = errorBodySchema.safeParse(safeJson(text));
    expect(parsed.success, `${label}: not the documented error shape: ${text.slice(0, 300)}`).toBe(true);
    const answer = `${res.status} ${parsed.data?.error.code}`;
    this.count(route, answer);
    const listed = [...route.errors, ...ANY_ROUTE_ERRORS, ...(route.auth === "public" ? [] : [BAD_TOKEN_ERROR])];
    expect(listed, `${label}: ${answer} is not listed for ${route.method} ${route.path}`).toContain(answer);
    const gated = GATE_CODES.has(parsed.data?.error.code ?? "");
    // A bad id may make the path another route's (or none): its limit is not this route's.
    const ownPath = !request.kind.includes("badId");
    if (request.kind.includes("overLimit") && !gated && ownPath) expect(answer, label).toBe("413 too_large");
    if (request.kind.includes("atLimit")) expect(answer, label).not.toBe("413 too_large");
    if (res.status === 429) expect(res.headers.get("Retry-After"), label).toBe(String(parsed.data?.error.retryAfter));
    expect(await this.snapshot(route), `${label}: state changed on a refused request (${answer})`).toEqual(before);
  }

  private async send(request: FuzzRequest): Promise<Response> {
    const headers = new Headers(request.headers);
    headers.set("CF-Connecting-IP", `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`);
    const caller = this.callers.get(request.caller) ?? {};
    if (caller.cookie) headers.set("Cookie", caller.cookie);
    if (caller.bearer) headers.set("Authorization", `Bearer ${caller.bearer}`);
    const req = new Request(`${ORIGIN}${request.target}`, { method: request.method, headers, body: request.body });
    if (!request.anonymousCreate) return exports.default.fetch(req);
    return app.fetch(req, { ...env, ALLOW_ANONYMOUS_CREATE: "true" }, createExecutionContext());
  }

  /** A request that succeeded may have used up a fixture: a burned secret, a revoked token, a signed-out session. */
  private async afterSuccess(route: ApiRoute, request: FuzzRequest): Promise<void> {
    if (request.method === "DELETE" && request.target.includes(this.victimSecrets[0] ?? "-")) {
      if (this.victimSecrets.length > 1) this.victimSecrets.shift();
    }
    if (request.method === "DELETE" && request.target.includes(this.victimToken)) {
      this.victimToken = (await this.mintTokenRow()).id;
    }
    if (route.method === "DELETE" && route.path === "/api/me" && request.caller === "leaver") {
      // The leaver deleted its own account (its password is the schema's example): a new leaver takes its place.
      const leaver = await signUp();
      this.leaverEmail = leaver.user.email;
      this.leaverPassword = STRONG_PASSWORD;
      this.callers.set("leaver", { cookie: leaver.cookie });
      return;
    }
    if (SESSION_ENDING.includes(route.path) && request.caller === "leaver") {
      if (route.path === "/api/auth/password") this.leaverPassword = JSON.parse(request.body ?? "{}").newPassword;
      const res = await postJson("/api/auth/login", { email: this.leaverEmail, password: this.leaverPassword });
      if (res.status !== 200) throw new Error(`signing the leaver back in failed: ${res.status}`);
      this.callers.set("leaver", { cookie: sessionCookieOf(res) });
    }
  }

  /**
   * What a refusal must leave as it was: the accounts, sessions, tokens, invites, verification links and
   * secrets in D1, the audit events by action, and the vault of the secret a route names. Left out: columns
   * every request may touch (a session's or a token's last use), the events a refusal is documented to
   * record (route.refusalRecords), and reveal_failed, which vaults deliver to D1 after answering, so it
   * may land during a later request.
   */
  private async snapshot(route: ApiRoute) {
    const skipped = new Set<string>([...(route.refusalRecords ?? []), "reveal_failed"]);
    const counted = AUDIT_ACTIONS.filter((action) => !skipped.has(action));
    const queries = [
      "SELECT id, email, password_hash, role, email_verified_at FROM users ORDER BY id",
      "SELECT id, user_id, secret_hash FROM sessions ORDER BY id",
      "SELECT id, user_id, name, secret_hash FROM api_tokens ORDER BY id",
      "SELECT * FROM invites ORDER BY user_id",
      "SELECT * FROM email_verifications ORDER BY user_id",
      "SELECT id, owner_id, status, views, ended_at, max_views FROM secrets ORDER BY id",
      `SELECT action, count(*) AS n FROM audit_events WHERE action IN (${counted.map(() => "?").join(",")}) GROUP BY action ORDER BY action`,
    ];
    const results = await env.DB.batch(
      queries.map((sql) => (sql.includes("?") ? env.DB.prepare(sql).bind(...counted) : env.DB.prepare(sql))),
    );
    const vault = route.path.startsWith("/api/secrets/:id") ? await this.peekVictim() : null;
    return { d1: results.map((r) => r.results), vault };
  }

  private async peekVictim(): Promise<string> {
    const id = this.victimSecrets[0] ?? "";
    const res = await exports.default.fetch(new Request(`${ORIGIN}/api/secrets/${id}`));
    return `${res.status} ${await res.text()}`;
  }

  private count(route: ApiRoute, answer: string): void {
    const key = `${route.method} ${route.path}`;
    const counts = this.answers.get(key) ?? new Map<string, number>();
    counts.set(answer, (counts.get(answer) ?? 0) + 1);
    this.answers.set(key, counts);
  }

  /** A fuzz that only ever met the Origin check or the sign-in gate proves nothing about validation. */
  private expectValidationReached(route: ApiRoute): void {
    const counts = this.answers.get(`${route.method} ${route.path}`) ?? new Map<string, number>();
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    const gated = [...counts]
      .filter(([answer]) => GATE_CODES.has(answer.split(" ")[1] ?? ""))
      .reduce((a, [, n]) => a + n, 0);
    const summary = [...counts].map(([answer, n]) => `${answer}: ${n}`).join(", ");
    console.log(`fuzz ${route.method} ${route.path}: ${total} requests; ${summary}`);
    // A route without inputs (sign-out, resend) has nothing behind its gates to reach.
    if (!route.body && !route.query && !route.params) return;
    expect(
      total - gated,
      `${route.method} ${route.path}: too few requests got past the gates (${summary})`,
    ).toBeGreaterThanOrEqual(total * 0.4);
    if (route.body || route.query) expect(counts.get("400 invalid_input") ?? 0, summary).toBeGreaterThan(0);
    if (route.params) expect(counts.get("404 not_found") ?? 0, summary).toBeGreaterThan(0);
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
