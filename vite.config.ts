import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";
import { API_REFERENCE_PATH, headersFile } from "./protocol/security-policy.ts";
import { buildRecipientPage } from "./web/build-recipient-page.ts";

/**
 * After the app: builds the recipient page on its own (web/build-recipient-page.ts), then writes
 * dist/web/_headers, the static assets' headers, from the policy the Worker sends too, naming the hashes of
 * the recipient page's inline CSS and theme script. The page CSP lets Turnstile in when wrangler.toml (its [env.NAME] section
 * under CLOUDFLARE_ENV=NAME) names a site key: assets are served without the Worker, so the build is the
 * last moment the deployment's config is known.
 */
function recipientPageAndHeaders(): Plugin {
  let root = "";
  let outDir = "";
  return {
    name: "oncelink:recipient-page-and-headers",
    apply: "build",
    configResolved(config) {
      root = config.root;
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      const hashes = await buildRecipientPage(root, outDir);
      // Imported here, not above: wrangler takes a second to load, and only the build needs it.
      const { unstable_readConfig } = await import("wrangler");
      const { vars } = unstable_readConfig({ config: "wrangler.toml", env: process.env.CLOUDFLARE_ENV });
      const turnstile = Boolean(vars.TURNSTILE_SITE_KEY);
      writeFileSync(join(outDir, "_headers"), headersFile({ turnstile, ...hashes }));
    },
  };
}

/**
 * The API reference at /docs/api: a static page, Scalar's standalone bundle (copied as published: no CDN at
 * runtime) and the few lines that start it on /api/openapi.json. Outside the app's bundle, so no other page
 * loads any of it.
 */
function apiReferencePage(): Plugin {
  const files = {
    [`${API_REFERENCE_PATH.slice(1)}.html`]: "web/api-reference/api.html",
    [`${API_REFERENCE_PATH.slice(1)}/reference.js`]: "web/api-reference/reference.js",
    [`${API_REFERENCE_PATH.slice(1)}/scalar.js`]: "node_modules/@scalar/api-reference/dist/browser/standalone.js",
  };
  return {
    name: "oncelink:api-reference",
    generateBundle() {
      for (const [fileName, from] of Object.entries(files)) {
        this.emitFile({ type: "asset", fileName, source: readFileSync(from) });
      }
    },
  };
}

// The UI only. Tests have their own vitest.config.ts so the Worker's runtime settings stay apart.
export default defineConfig({
  root: "web",
  plugins: [preact(), recipientPageAndHeaders(), apiReferencePage()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    // Browsers that run this UI support modulepreload natively; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
  },
});
