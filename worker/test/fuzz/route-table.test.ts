// protocol/routes.ts is what the contract fuzzer reads, so it must be the whole API: a route the app answers
// but the table lacks would escape fuzzing, and a route the table lists but the app lacks is a stale contract.
// docs/protocol.md's route index (section 3.7) must list the same routes with the same errors.
import { describe, expect, it } from "vitest";
import protocolDoc from "../../../docs/protocol.md?raw";
import { API_ROUTES, type AuthLevel } from "../../../protocol/routes";
import { app } from "../../app";

/**
 * Routes outside the API, each on purpose: the dev outbox page, the bench's storage meter (both local apps
 * only), the recipient page's HTML for a share link (worker/http/recipient-page.ts) and the static assets'
 * fall-through.
 */
const NOT_API = [
  "GET /dev/outbox",
  "GET /dev/storage-meter",
  "POST /dev/storage-meter",
  "GET /s/*",
  "HEAD /s/*",
  "POST /integrations/slack/commands",
  "ALL /*",
];

/** How section 3.7 names each auth level (its owner-only routes add "(owner)"). */
const DOCUMENTED_AUTH: Record<AuthLevel, string> = {
  public: "none (not read)",
  none: "none",
  "signed-in": "signed-in",
  user: "user",
  "user-or-anonymous": "user, or none when anonymous creation is on",
  "session-only": "session-only",
  admin: "admin",
};

const key = (route: { method: string; path: string }) => `${route.method} ${route.path}`;

describe("the route table", () => {
  it("lists every route the app answers, and nothing else", () => {
    // Middleware (.use) and the /api catch-all register as ALL; every handler of a route registers once.
    const answered = new Set(app.routes.filter((r) => r.method !== "ALL" || !r.path.startsWith("/api")).map(key));
    const listed = new Set(API_ROUTES.map(key));
    expect([...answered].filter((route) => !listed.has(route) && !NOT_API.includes(route))).toEqual([]);
    expect([...listed].filter((route) => !answered.has(route))).toEqual([]);
  });

  it("matches the route index of docs/protocol.md, error for error", () => {
    const section = protocolDoc.slice(
      protocolDoc.indexOf("### 3.7 Route index"),
      protocolDoc.indexOf("## 4. Error model"),
    );
    const documented = new Map<string, { auth: string; errors: string[] }>();
    for (const row of section.matchAll(/^\| `(GET|POST|PATCH|DELETE) (\/api\/[^`]*)`\s*\|(.*)\|\s*$/gm)) {
      const cells = row[3]?.split("|").map((cell) => cell.trim()) ?? [];
      const errors = [...(cells.at(-1) ?? "").matchAll(/`(\d{3} [a-z_]+)`/g)].map((m) => m[1] ?? "").sort();
      documented.set(`${row[1]} ${row[2]}`, { auth: (cells[0] ?? "").replace(" (owner)", ""), errors });
    }
    const table = new Map(
      API_ROUTES.map((route) => [key(route), { auth: DOCUMENTED_AUTH[route.auth], errors: [...route.errors].sort() }]),
    );
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(table));
  });
});
