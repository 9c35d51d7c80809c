// The Worker's answers and the static assets carry one policy, protocol/security-policy.ts. The assets
// binding serves dist/web as Cloudflare does, applying the _headers file `vite build` wrote there, so these
// tests read the generated file through the server that obeys it (run `npm run build` first).
import { createExecutionContext } from "cloudflare:test";
import { env, exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  API_CACHE_CONTROL,
  API_CSP,
  API_REFERENCE_PATH,
  ASSET_CACHE_CONTROL,
  apiReferenceCsp,
  assetHeaders,
  COMMON_HEADERS,
  HSTS,
  headersFile,
  inlineHashes,
  type PagePolicyOptions,
  pageCsp,
  TURNSTILE_ORIGIN,
} from "../../../protocol/security-policy";
import { app } from "../../app";
import { ORIGIN } from "../../test/client";

const SHARE_PAGE = "/s/AAAAAAAAAAAAAAAAAAAAAA";
const NAMES = ["Content-Security-Policy", ...Object.keys(COMMON_HEADERS), "Strict-Transport-Security", "Cache-Control"];

/** The response's security headers by name, those it lacks left out. */
function securityHeadersOf(res: Response): Record<string, string> {
  const entries = NAMES.map((name) => [name, res.headers.get(name)] as const);
  return Object.fromEntries(entries.filter((entry): entry is readonly [string, string] => entry[1] !== null));
}

/** A built script's path, from the page that loads it. */
async function builtScriptPath(): Promise<string> {
  const html = await (await env.ASSETS.fetch(`${ORIGIN}/`)).text();
  const path = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  if (!path) throw new Error("index.html loads no script under /assets/: was `npm run build` run?");
  return path;
}

/** The build's policy options: its recipient page's inline CSS and script, hashed here from the page itself. */
async function builtPolicy(): Promise<PagePolicyOptions> {
  const html = await (await exports.default.fetch(`${ORIGIN}${SHARE_PAGE}`)).text();
  const hashes = await inlineHashes(html);
  if (hashes.styleHashes.length !== 1 || hashes.scriptHashes.length !== 1) {
    throw new Error("the recipient page lacks its inline style and script: was `npm run build` run?");
  }
  return hashes;
}

describe("one security policy for the Worker and the static assets", () => {
  it("serves a share page with the policy's page headers, never to be stored", async () => {
    const page = await exports.default.fetch(`${ORIGIN}${SHARE_PAGE}`);
    expect(securityHeadersOf(page)).toEqual({
      ...assetHeaders(await builtPolicy()),
      "Cache-Control": ASSET_CACHE_CONTROL["/s/*"],
    });
  });

  it("serves a share link the recipient page's own HTML, its CSS inline, and every other page the app", async () => {
    const share = await (await exports.default.fetch(`${ORIGIN}${SHARE_PAGE}`)).text();
    expect(share).toMatch(/<style>[\s\S]+<\/style>/);
    expect(share).not.toMatch(/rel="stylesheet"/);
    expect(share).not.toContain('src="/theme.js"');
    expect([...share.matchAll(/<script type="module"/g)]).toHaveLength(1);
    const app = await (await env.ASSETS.fetch(`${ORIGIN}/account`)).text();
    expect(app).toBe(await (await env.ASSETS.fetch(`${ORIGIN}/`)).text());
    expect(app).not.toBe(share);
  });

  it("serves built files with the same headers, cached for good", async () => {
    const script = await env.ASSETS.fetch(`${ORIGIN}${await builtScriptPath()}`);
    expect(script.status).toBe(200);
    expect(securityHeadersOf(script)).toEqual({
      ...assetHeaders(await builtPolicy()),
      "Cache-Control": ASSET_CACHE_CONTROL["/assets/*"],
    });
  });

  it("answers the API with the same common headers, its own CSP and no-store, and HSTS on https only", async () => {
    const https = await exports.default.fetch(`${ORIGIN}/api/health`);
    expect(securityHeadersOf(https)).toEqual({
      "Content-Security-Policy": API_CSP,
      ...COMMON_HEADERS,
      "Strict-Transport-Security": HSTS,
      "Cache-Control": API_CACHE_CONTROL,
    });
    const http = await exports.default.fetch("http://127.0.0.1:8787/api/health");
    expect(securityHeadersOf(http)).toEqual({
      "Content-Security-Policy": API_CSP,
      ...COMMON_HEADERS,
      "Cache-Control": API_CACHE_CONTROL,
    });
  });

  it("gives a page that passes through the Worker the headers the assets give it", async () => {
    const viaWorker = await exports.default.fetch(`${ORIGIN}${SHARE_PAGE}`);
    const direct = await env.ASSETS.fetch(`${ORIGIN}/s/`);
    expect(securityHeadersOf(viaWorker)).toEqual(securityHeadersOf(direct));
  });

  it("gives the API reference its own policy in place of the page policy, not both, and no app page loads it", async () => {
    const reference = await env.ASSETS.fetch(`${ORIGIN}${API_REFERENCE_PATH}`);
    expect(reference.status).toBe(200);
    expect(await reference.text()).toContain(`${API_REFERENCE_PATH}/scalar.js`);
    expect(securityHeadersOf(reference)).toEqual({
      ...assetHeaders(),
      "Content-Security-Policy": apiReferenceCsp(),
      "Cache-Control": "public, max-age=0, must-revalidate",
    });
    for (const page of ["/", SHARE_PAGE]) {
      expect(await (await env.ASSETS.fetch(`${ORIGIN}${page}`)).text()).not.toContain(API_REFERENCE_PATH);
    }
  });

  it("sends no Strict-Transport-Security from loopback hosts, static pages and API alike, whatever the scheme", async () => {
    for (const origin of ["http://127.0.0.1:8787", "http://localhost:5173", "https://localhost"]) {
      const page = await env.ASSETS.fetch(`${origin}/`);
      expect(page.status, origin).toBe(200);
      expect(page.headers.get("Content-Security-Policy"), origin).toContain("default-src 'self'");
      expect(page.headers.get("Strict-Transport-Security"), origin).toBeNull();
      const api = await app.fetch(
        new Request(`${origin}/api/health`),
        { ...env, APP_ORIGIN: origin },
        createExecutionContext(),
      );
      expect(api.headers.get("Strict-Transport-Security"), origin).toBeNull();
    }
    expect((await env.ASSETS.fetch(`${ORIGIN}/`)).headers.get("Strict-Transport-Security")).toBe(HSTS);
  });

  it("writes the _headers file from the same table, one rule for every asset and one per cache rule", () => {
    const file = headersFile();
    for (const [name, value] of Object.entries(assetHeaders())) expect(file).toContain(`\n  ${name}: ${value}\n`);
    for (const [path, value] of Object.entries(ASSET_CACHE_CONTROL)) {
      expect(file).toContain(`\n${path}\n  Cache-Control: ${value}\n`);
    }
  });

  it("with Turnstile on, lets its origin run its script and draw its frame, and the page create its one policy", () => {
    const directives = (csp: string) => new Set(csp.split("; "));
    const plain = directives(pageCsp());
    const turnstile = directives(pageCsp({ turnstile: true }));
    expect([...turnstile].filter((directive) => !plain.has(directive))).toEqual([
      `script-src 'self' ${TURNSTILE_ORIGIN}`,
      "trusted-types oncelink-turnstile",
      `frame-src ${TURNSTILE_ORIGIN}`,
    ]);
    expect([...plain].filter((directive) => !turnstile.has(directive))).toEqual([
      "script-src 'self'",
      "trusted-types 'none'",
    ]);
    const hashed = pageCsp({ styleHashes: ["'sha256-AAAA'"], scriptHashes: ["'sha256-BBBB'"] });
    expect(hashed).toContain("style-src 'self' 'sha256-AAAA';");
    expect(hashed).toContain("script-src 'self' 'sha256-BBBB';");
    expect(hashed).not.toContain("unsafe-inline");
    expect(headersFile({ turnstile: true })).toContain(`Content-Security-Policy: ${pageCsp({ turnstile: true })}\n`);
  });
});
