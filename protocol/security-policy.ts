// The one security policy of every answer. The Worker sends it on what it answers itself
// (worker/http/security-headers.ts); static assets never reach the Worker, so the build writes the same
// values into dist/web/_headers (vite.config.ts), which Cloudflare applies to asset responses only.
// Edit the policy here: there is no hand-written _headers.

/** Where Turnstile's script and widget come from, for a deployment that turns the human check on. */
export const TURNSTILE_ORIGIN = "https://challenges.cloudflare.com";
/** The one Trusted Types policy the page may create, named in the CSP of a deployment with Turnstile on. */
export const TURNSTILE_TRUSTED_TYPES_POLICY = "oncelink-turnstile";

/** Sent with every answer: page, asset file and API alike. */
export const COMMON_HEADERS = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "no-referrer",
  "X-Frame-Options": "DENY",
  "Cross-Origin-Opener-Policy": "same-origin",
  "Cross-Origin-Resource-Policy": "same-origin",
  // Only copying a link needs a powerful feature, and only on our own origin.
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), clipboard-write=(self)",
} as const;

/** Sent on https answers only: on a plain-http development origin it would be ignored at best. */
export const HSTS = "max-age=63072000; includeSubDomains";

/** The Worker's own answers (JSON, the dev outbox) load nothing and may be framed by no one. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
/** A cached API answer could hold a ciphertext or an account's data. */
export const API_CACHE_CONTROL = "no-store";

/** What the page policy depends on, known when `vite build` runs. */
export interface PagePolicyOptions {
  /** The deployment asks for a Turnstile token with each reveal. */
  turnstile?: boolean;
  /**
   * CSP hashes ("'sha256-...'") of the inline styles the build wrote: the recipient page (web/s/index.html)
   * carries its CSS inline to save a request. Each allows that exact text and nothing else.
   */
  styleHashes?: readonly string[];
  /** The same for inline scripts: the recipient page carries /theme.js inline, to run before its first paint. */
  scriptHashes?: readonly string[];
}

/**
 * The app's pages: only their own files, no inline script or style but the build's own (by hash),
 * and Trusted Types required, so no string reaches a script sink unvetted. With Turnstile, its origin may
 * run its script and draw its frame, and the page may create its one policy, which vouches for that
 * script's URL alone.
 */
export function pageCsp({ turnstile = false, styleHashes = [], scriptHashes = [] }: PagePolicyOptions = {}): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", ...scriptHashes, ...(turnstile ? [TURNSTILE_ORIGIN] : [])],
    ["style-src", "'self'", ...styleHashes],
    ["img-src", "'self'", "data:"],
    ["connect-src", "'self'"],
    ["font-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    ["require-trusted-types-for", "'script'"],
    ["trusted-types", turnstile ? TURNSTILE_TRUSTED_TYPES_POLICY : "'none'"],
  ];
  if (turnstile) directives.push(["frame-src", TURNSTILE_ORIGIN]);
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** The browsable API reference (Scalar's standalone bundle, served by this deployment: web/api-reference/). */
export const API_REFERENCE_PATH = "/docs/api";

/**
 * The API reference page's own policy, as strict as Scalar allows: its scripts are this origin's files, it
 * talks to this origin only (the document, and "Test Request" calls to this API), and it loads no images,
 * fonts or frames. Unlike the app's pages it allows inline styles ('unsafe-inline' in style-src only: the
 * bundle injects its stylesheets as <style> elements, whose hashes change with each Scalar release) and has
 * no Trusted Types (the bundle assigns script and HTML strings to sinks). Nothing on that page holds a
 * secret, a link key or a token, and the session cookie is HttpOnly.
 */
export function apiReferenceCsp(): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'none'"],
    ["script-src", "'self'"],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["connect-src", "'self'"],
    ["base-uri", "'none'"],
    ["form-action", "'none'"],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((directive) => directive.join(" ")).join("; ");
}

/** Cache rules of static assets by path, beside the headers every asset gets. */
export const ASSET_CACHE_CONTROL = {
  // Vite puts a content hash in every name under /assets/: a changed file is a new URL.
  "/assets/*": "public, max-age=31536000, immutable",
  // A share page is never stored: not in caches, and (in most browsers) not in the back/forward cache either.
  "/s/*": "no-store",
} as const;

/** Hosts that never get Strict-Transport-Security: a local `npm start`, `wrangler dev`, the e2e suite. */
export const LOOPBACK_HOSTS = ["localhost", "127.0.0.1"] as const;

/** The headers every static asset gets (Strict-Transport-Security too: Cloudflare serves them over https). */
export function assetHeaders(options: PagePolicyOptions = {}): Record<string, string> {
  return { "Content-Security-Policy": pageCsp(options), ...COMMON_HEADERS, "Strict-Transport-Security": HSTS };
}

/** Cloudflare's _headers file of the static assets, in Workers Static Assets' format. */
export function headersFile(options: PagePolicyOptions = {}): string {
  const rule = (path: string, headers: Record<string, string>) =>
    [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join("\n");
  const rules = [
    rule("/*", assetHeaders(options)),
    // Off loopback hosts, whatever the scheme (_headers ignores it, and the port): a browser that took HSTS
    // from http://127.0.0.1 or localhost would pin https on every local port (SECURITY.md, network observer).
    ...LOOPBACK_HOSTS.map((host) => [`https://${host}/*`, "  ! Strict-Transport-Security"].join("\n")),
    ...Object.entries(ASSET_CACHE_CONTROL).map(([path, value]) => rule(path, { "Cache-Control": value })),
    // "! Name" detaches the page policy "/*" gave, so the reference gets its own policy, not both at once.
    [API_REFERENCE_PATH, "  ! Content-Security-Policy", `  Content-Security-Policy: ${apiReferenceCsp()}`].join("\n"),
  ];
  return `# Generated by \`vite build\` from protocol/security-policy.ts: edit that file, not this one.\n\n${rules.join("\n\n")}\n`;
}

/** The CSP hashes of a page's inline `<style>` and `<script>` (no src) elements, as the policy names them. */
export async function inlineHashes(
  html: string,
): Promise<Required<Pick<PagePolicyOptions, "styleHashes" | "scriptHashes">>> {
  const texts = (pattern: RegExp) => [...html.matchAll(pattern)].map((match) => match[1] ?? "");
  const hash = async (text: string) => {
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)));
    return `'sha256-${btoa(String.fromCharCode(...digest))}'`;
  };
  return {
    styleHashes: await Promise.all(texts(/<style>([\s\S]*?)<\/style>/g).map(hash)),
    scriptHashes: await Promise.all(texts(/<script>([\s\S]*?)<\/script>/g).map(hash)),
  };
}
