import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import type { Secret, SecretPeek } from "../../../protocol/api";
import {
  deriveKeyProof,
  deriveLinkSecrets,
  openSecret,
  sealSecret,
  stretchPassphrase,
} from "../../../protocol/envelope";
import { inlineHashes } from "../../../protocol/security-policy";
import {
  api,
  type Caller,
  createSecret,
  errorOf,
  ORIGIN,
  postJson,
  reveal,
  signUp,
  signUpVerified,
  uniqueEmail,
  wrongProof,
} from "../../test/client";
import { expectRefusedAfter } from "../../test/expect-refused";

let owner: Caller;
let stranger: Caller;
beforeAll(async () => {
  owner = await signUp();
  stranger = await signUp();
});

async function validEnvelope() {
  const sealed = await sealSecret({ text: "token" });
  return { ciphertext: sealed.ciphertext, verifier: sealed.verifier };
}

describe("POST /api/secrets", () => {
  it("creates a client-encrypted secret and answers the secret object", async () => {
    const { secret } = await createSecret(owner, { name: "Production DB Credentials", expiresIn: 900 });
    expect(secret).toMatchObject({
      name: "Production DB Credentials",
      status: "active",
      url: `https://oncelink.test/s/${secret.id}`,
      maxViews: 1,
      views: 0,
      viewedAt: null,
      passphrase: false,
      requireLogin: false,
      recipientEmail: null,
      notifyOnView: false,
    });
    expect(secret.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(Date.parse(secret.expiresAt) - Date.parse(secret.createdAt)).toBeGreaterThanOrEqual(899_000);
  });

  it("defaults to one view and one hour", async () => {
    const { secret } = await createSecret(owner);
    expect(secret.maxViews).toBe(1);
    const lifetime = Date.parse(secret.expiresAt) - Date.parse(secret.createdAt);
    expect(Math.round(lifetime / 1000)).toBe(3600);
  });

  it("refuses control characters in a name with 400 naming the field", async () => {
    const owner = await signUp(); // its own account: each attempt counts toward the create limit
    for (const name of [
      "Quarterly report\r\nBcc: list@evil.example",
      "tab\there",
      "nul\u0000",
      "sep\u2028x",
      "c1\u0085",
    ]) {
      const res = await postJson("/api/secrets", { text: "x", name }, owner);
      expect(res.status).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe("invalid_input");
      expect(error.message).toMatch(/^name: /);
    }
    // Letters of any script, emoji and inner spaces are names like any other.
    expect((await postJson("/api/secrets", { text: "x", name: "Ключ API 🔑 für Prod" }, owner)).status).toBe(201);
  });

  it("creates in plaintext mode and answers the full link once", async () => {
    const res = await postJson("/api/secrets", { text: "curl-made secret", passphrase: "script passphrase" }, owner);
    expect(res.status).toBe(201);
    const { secret, link } = await res.json<{ secret: Secret; link: string }>();
    expect(link.startsWith(`${secret.url}#`)).toBe(true);
    const linkKey = link.split("#")[1] ?? "";
    const peek = await (await api(`/api/secrets/${secret.id}`)).json<SecretPeek>();
    expect(peek.passphrase).toBe(true);
    // The server cannot stretch beyond workerd's PBKDF2 cap, so plaintext mode uses exactly that.
    expect(peek.kdf?.iterations).toBe(100_000);
    const stretched = await stretchPassphrase("script passphrase", peek.kdf ?? { salt: "", iterations: 0 });
    const { encKey, proof } = await deriveLinkSecrets(linkKey, stretched);
    const opened = await reveal(secret.id, proof, { keyProof: await deriveKeyProof(linkKey) });
    expect(opened.status).toBe(200);
    const { ciphertext } = await opened.json<{ ciphertext: string }>();
    expect(await openSecret(ciphertext, encKey)).toEqual({ text: "curl-made secret" });
  });

  it("takes anonymous creations where the deployment allows them, limited per address", async () => {
    const { createExecutionContext } = await import("cloudflare:test");
    const { app } = await import("../../app");
    const open = { ...env, ALLOW_ANONYMOUS_CREATE: "true" };
    const anonymousCreate = () =>
      app.fetch(
        new Request(`${ORIGIN}/api/secrets`, {
          method: "POST",
          headers: { "Content-Type": "application/json", Origin: ORIGIN, "CF-Connecting-IP": "203.0.113.90" },
          body: JSON.stringify({ text: "no account needed", expiresIn: 300 }),
        }),
        open,
        createExecutionContext(),
      );
    const first = await anonymousCreate();
    expect(first.status).toBe(201);
    const { secret } = await first.json<{ secret: Secret }>();
    const row = await env.DB.prepare("SELECT owner_id FROM secrets WHERE id = ?").bind(secret.id).first();
    expect(row).toEqual({ owner_id: null });
    await expectRefusedAfter(59, [201], anonymousCreate); // CREATE_LIMITER: 60 a minute
  });

  it("needs an account", async () => {
    const res = await postJson("/api/secrets", await validEnvelope());
    expect(res.status).toBe(401);
    expect((await errorOf(res)).code).toBe("unauthenticated");
  });

  it.each([
    ["malformed JSON", "{not json", undefined],
    ["a JSON array", "[]", undefined],
    ["expiresIn as a string", { expiresIn: "3600" }, "expiresIn"],
    ["expiresIn below a minute", { expiresIn: 59 }, "expiresIn"],
    ["expiresIn above 7 days", { expiresIn: 604_801 }, "expiresIn"],
    ["maxViews of 0", { maxViews: 0 }, "maxViews"],
    ["maxViews of 101", { maxViews: 101 }, "maxViews"],
    ["a 201-character name", { name: "n".repeat(201) }, "name"],
    ["a short verifier", { verifier: "abc" }, "verifier"],
    ["too few kdf iterations", { kdf: { salt: "oKGio6SlpqeoqaqrrK2urw", iterations: 99_999 } }, "kdf.iterations"],
    ["a bad recipient email", { recipientEmail: "not-an-email" }, "recipientEmail"],
    ["requireLogin as a string", { requireLogin: "yes" }, "requireLogin"],
    ["text and ciphertext together", { text: "x" }, undefined],
    ["a ciphertext that is no envelope", { ciphertext: "AAAA" }, "ciphertext"],
  ])("answers 400 invalid_input for %s", async (_, override, field) => {
    const body = typeof override === "string" ? override : JSON.stringify({ ...(await validEnvelope()), ...override });
    const res = await api("/api/secrets", { method: "POST", body, ...owner });
    expect(res.status).toBe(400);
    const error = await errorOf(res);
    expect(error.code).toBe("invalid_input");
    if (field) expect(error.message).toContain(field);
    const list = await (await api("/api/secrets?limit=100", owner)).json<{ items: Secret[] }>();
    expect(list.items.some((s) => s.name === "n".repeat(201))).toBe(false);
  });

  it("answers 413 too_large for a ciphertext over 1 MiB", async () => {
    const oversized = new Uint8Array(1_048_577);
    oversized[0] = 1;
    const { encodeBase64Url } = await import("../../../protocol/base64url");
    const res = await postJson(
      "/api/secrets",
      { ...(await validEnvelope()), ciphertext: encodeBase64Url(oversized) },
      owner,
    );
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("too_large");
  });

  it("stops reading a streamed body at the limit, before parsing it", async () => {
    let sent = 0;
    const chunk = new TextEncoder().encode("a".repeat(64 * 1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent > 8 * 1024 * 1024) return controller.close();
        sent += chunk.length;
        controller.enqueue(chunk);
      },
    });
    const res = await api("/api/secrets", {
      method: "POST",
      body,
      headers: { "Content-Type": "application/json" },
      ...owner,
    });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe("too_large");
    expect(sent).toBeLessThan(8 * 1024 * 1024);
  });
});

describe("GET /api/secrets/:id", () => {
  it("describes an active secret and consumes nothing", async () => {
    const { secret, proof, keyProof } = await createSecret(owner, { passphrase: "a passphrase", maxViews: 2 });
    for (let i = 0; i < 3; i++) {
      const res = await api(`/api/secrets/${secret.id}`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({
        id: secret.id,
        status: "active",
        expiresAt: secret.expiresAt,
        remainingViews: 2,
        passphrase: true,
        kdf: { salt: "oKGio6SlpqeoqaqrrK2urw", iterations: 100_000 },
        requireLogin: false,
        from: null,
      });
    }
    expect((await reveal(secret.id, proof, { keyProof })).status).toBe(200);
  });

  it("answers 404 not_found for unknown and malformed ids", async () => {
    for (const id of ["AAAAAAAAAAAAAAAAAAAAAA", "short", "..%2F..%2Fapi"]) {
      const res = await api(`/api/secrets/${id}`);
      expect(res.status).toBe(404);
      expect(await errorOf(res)).toEqual({ code: "not_found", message: "Secret not found or has already been viewed" });
    }
  });

  it("does not consume when the share page itself is fetched, as a link preview would", async () => {
    const { secret, proof } = await createSecret(owner);
    // Static assets answer /s/:id in production; the Worker's fallback serves the same page.
    for (const page of [await env.ASSETS.fetch(`${ORIGIN}/s/${secret.id}`), await api(`/s/${secret.id}`)]) {
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="app">');
    }
    await api(`/api/secrets/${secret.id}`);
    await api(`/s/${secret.id}`, { method: "HEAD" });
    expect((await reveal(secret.id, proof)).status).toBe(200);
  });
});

describe("POST /api/secrets/:id/reveal", () => {
  it("answers the ciphertext, the time viewed and the views left", async () => {
    const { secret, proof, linkKey } = await createSecret(owner, { text: "hello there" });
    const res = await reveal(secret.id, proof);
    expect(res.status).toBe(200);
    expect(res.headers.get("Cache-Control")).toBe("no-store");
    const body = await res.json<{ ciphertext: string; viewedAt: string; remainingViews: number }>();
    expect(body.remainingViews).toBe(0);
    expect(Math.abs(Date.parse(body.viewedAt) - Date.now())).toBeLessThan(60_000);
    const { encKey } = await deriveLinkSecrets(linkKey);
    expect(await openSecret(body.ciphertext, encKey)).toEqual({ text: "hello there" });
    const again = await reveal(secret.id, proof);
    expect(again.status).toBe(404);
  });

  it("answers 400 for a malformed proof and counts nothing", async () => {
    const { secret, proof, keyProof } = await createSecret(owner, { passphrase: "counted passphrase" });
    const malformed = [{}, { proof: 42 }, { proof: "short" }, { proof: `${proof.slice(0, 42)}=` }];
    for (const body of [...malformed, { proof, keyProof: "short" }, { proof, keyProof: 7 }]) {
      const res = await postJson(`/api/secrets/${secret.id}/reveal`, body);
      expect(res.status).toBe(400);
      expect((await errorOf(res)).code).toBe("invalid_input");
    }
    const res = await reveal(secret.id, await wrongProof(), { keyProof });
    expect((await errorOf(res)).attemptsRemaining).toBe(4);
  });

  it("answers 404 for an unknown secret", async () => {
    const res = await reveal("AAAAAAAAAAAAAAAAAAAAAA", await wrongProof());
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe("not_found");
  });

  it("answers 429 rate_limited with Retry-After when one address tries too often", async () => {
    const { secret, proof } = await createSecret(owner, { maxViews: 100 });
    const ip = "203.0.113.77";
    // The first 60 reveals are right and open the secret; should the run straddle a window boundary, the
    // rest carry a wrong key, refused without a view counted, so the secret never runs out of views.
    const opened: number[] = [];
    const next = async () => {
      if (opened.length >= 60) return reveal(secret.id, await wrongProof(), { ip });
      const res = await reveal(secret.id, proof, { ip });
      opened.push(res.status);
      return res;
    };
    await expectRefusedAfter(60, [200, 403], next);
    expect(opened).toEqual(Array(60).fill(200));
    // Another address is not held up.
    expect((await reveal(secret.id, proof, { ip: "203.0.113.78" })).status).toBe(200);
  });

  it("requires a signed-in viewer when the creator asked for it", async () => {
    const { secret, proof } = await createSecret(owner, { requireLogin: true });
    const peek = await (await api(`/api/secrets/${secret.id}`)).json<SecretPeek>();
    expect(peek.requireLogin).toBe(true);
    const anonymous = await reveal(secret.id, proof);
    expect(anonymous.status).toBe(401);
    expect((await errorOf(anonymous)).code).toBe("login_required");
    expect((await reveal(secret.id, proof, stranger)).status).toBe(200);
  });

  it("lets only the named recipient open a login-required secret", async () => {
    const recipientEmail = uniqueEmail("recipient");
    // Verified: an address nobody proved does not make its account the recipient (email-verification tests).
    const recipient = await signUpVerified(recipientEmail);
    const { secret, proof } = await createSecret(owner, { requireLogin: true, recipientEmail });
    const other = await reveal(secret.id, proof, stranger);
    expect(other.status).toBe(403);
    expect((await errorOf(other)).code).toBe("not_recipient");
    expect((await reveal(secret.id, proof, recipient)).status).toBe(200);
  });
});

describe("DELETE /api/secrets/:id", () => {
  it("burns the owner's secret so that nobody can open it", async () => {
    const { secret, proof } = await createSecret(owner);
    const res = await api(`/api/secrets/${secret.id}`, { method: "DELETE", ...owner });
    expect(res.status).toBe(204);
    expect((await reveal(secret.id, proof)).status).toBe(404);
    expect((await api(`/api/secrets/${secret.id}`)).status).toBe(404);
    const row = await env.DB.prepare("SELECT status FROM secrets WHERE id = ?").bind(secret.id).first();
    expect(row).toEqual({ status: "burned" });
    expect((await api(`/api/secrets/${secret.id}`, { method: "DELETE", ...owner })).status).toBe(404);
  });

  it("answers 404 to another account and 401 to anonymous callers, and burns nothing", async () => {
    const { secret, proof } = await createSecret(owner);
    const foreign = await api(`/api/secrets/${secret.id}`, { method: "DELETE", ...stranger });
    expect(foreign.status).toBe(404);
    expect((await errorOf(foreign)).code).toBe("not_found");
    const anonymous = await api(`/api/secrets/${secret.id}`, { method: "DELETE" });
    expect(anonymous.status).toBe(401);
    expect((await errorOf(anonymous)).code).toBe("unauthenticated");
    expect((await reveal(secret.id, proof)).status).toBe(200);
  });
});

describe("GET /api/secrets", () => {
  it("pages the owner's secrets newest first without duplicates or gaps", async () => {
    const lister = await signUp();
    const created: string[] = [];
    for (let i = 0; i < 7; i++) created.push((await createSecret(lister, { name: `s${i}` })).secret.id);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : "";
      const res = await api(`/api/secrets?limit=3${query}`, lister);
      const page = await res.json<{ items: Secret[]; nextCursor: string | null }>();
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...created].reverse());
  });

  it("filters by status and never shows another account's secrets", async () => {
    const lister = await signUp();
    const viewed = await createSecret(lister, { name: "viewed" });
    await reveal(viewed.secret.id, viewed.proof);
    const burned = await createSecret(lister, { name: "burned" });
    await api(`/api/secrets/${burned.secret.id}`, { method: "DELETE", ...lister });
    await createSecret(lister, { name: "active" });
    await createSecret(stranger, { name: "not mine" });
    const names = async (status: string) => {
      for (let i = 0; i < 50; i++) {
        const page = await (await api(`/api/secrets?status=${status}`, lister)).json<{ items: Secret[] }>();
        // The vault tells D1 about a view just after answering it.
        if (status !== "viewed" || page.items.length > 0) return page.items.map((s) => s.name).sort();
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return [];
    };
    // First the view, which D1 learns of just after the reveal has answered; then everything else.
    expect(await names("viewed")).toEqual(["viewed"]);
    expect(await names("active")).toEqual(["active"]);
    expect(await names("burned")).toEqual(["burned"]);
    expect(await names("all")).toEqual(["active", "burned", "viewed"]);
    expect(await names("expired")).toEqual([]);
    // The dashboard's default view: several statuses at once.
    expect(await names("active,viewed")).toEqual(["active", "viewed"]);
    expect(await names("burned,expired")).toEqual(["burned"]);
  });

  it("refuses bad queries and anonymous callers", async () => {
    expect((await api("/api/secrets?status=gone", owner)).status).toBe(400);
    expect((await api("/api/secrets?status=active,gone", owner)).status).toBe(400);
    expect((await api("/api/secrets?limit=0", owner)).status).toBe(400);
    expect((await api("/api/secrets?cursor=bm9wZQ", owner)).status).toBe(400);
    expect((await api("/api/secrets")).status).toBe(401);
  });
});

describe("the API surface", () => {
  it("answers health without storage", async () => {
    const res = await api("/api/health");
    expect(await res.json()).toEqual({ ok: true });
  });

  it("answers unknown API routes with a JSON 404, never the app", async () => {
    const res = await api("/api/nope/nothing");
    expect(res.status).toBe(404);
    expect(res.headers.get("Content-Type")).toContain("application/json");
    expect((await errorOf(res)).code).toBe("not_found");
  });

  it("sends the security headers and no-store on every API answer", async () => {
    for (const res of [await api("/api/health"), await api("/api/nope"), await api("/api/me")]) {
      expect(res.headers.get("Content-Security-Policy")).toContain("frame-ancestors 'none'");
      expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
      expect(res.headers.get("Referrer-Policy")).toBe("no-referrer");
      expect(res.headers.get("Cache-Control")).toBe("no-store");
      expect(res.headers.get("Strict-Transport-Security")).toContain("max-age=");
      expect(res.headers.get("Cross-Origin-Opener-Policy")).toBe("same-origin");
      expect(res.headers.get("Cross-Origin-Resource-Policy")).toBe("same-origin");
      expect(res.headers.get("Permissions-Policy")).toContain("camera=()");
    }
  });

  it("serves the app's pages with a strict CSP: no inline script or style but the build's own, by hash", async () => {
    const app = await env.ASSETS.fetch(`${ORIGIN}/account`);
    const csp = app.headers.get("Content-Security-Policy") ?? "";
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+';/);
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("require-trusted-types-for 'script'");
    expect(app.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(app.headers.get("Referrer-Policy")).toBe("no-referrer");
    const html = await app.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // every script of the app is a file
    expect(html).not.toMatch(/\sstyle=/);
    // The recipient page (its own HTML, through the Worker) carries exactly the style and script the hashes allow.
    const share = await exports.default.fetch(`${ORIGIN}/s/AAAAAAAAAAAAAAAAAAAAAA`);
    expect(share.headers.get("Content-Security-Policy")).toBe(csp);
    const { styleHashes, scriptHashes } = await inlineHashes(await share.text());
    expect(csp).toContain(`script-src 'self' ${scriptHashes.join(" ")};`);
    expect(csp).toContain(`style-src 'self' ${styleHashes.join(" ")};`);
  });

  it("refuses cookie-authenticated changes from another origin or without an Origin", async () => {
    const { secret, proof } = await createSecret(owner);
    const foreign = await api(`/api/secrets/${secret.id}`, {
      method: "DELETE",
      headers: { Origin: "https://evil.example" },
      ...owner,
    });
    expect(foreign.status).toBe(403);
    expect((await errorOf(foreign)).code).toBe("csrf");
    const noOrigin = await api(`/api/secrets/${secret.id}`, { method: "DELETE", headers: { Origin: "" }, ...owner });
    expect(noOrigin.status).toBe(403);
    const login = await postJson("/api/auth/login", { email: "x@example.com", password: "y" }, {});
    expect(login.status).not.toBe(403);
    const foreignLogin = await api("/api/auth/login", {
      method: "POST",
      body: JSON.stringify({ email: "x@example.com", password: "y" }),
      headers: { Origin: "https://evil.example" },
    });
    expect(foreignLogin.status).toBe(403);
    expect((await reveal(secret.id, proof)).status).toBe(200);
  });
});
