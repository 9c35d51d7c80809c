import preact from "@preact/preset-vite";
import { defineConfig, type Plugin } from "vite";
import { headersFile } from "./protocol/security-policy.ts";

/**
 * Writes dist/web/_headers, the static assets' headers, from the policy the Worker sends too. The page CSP
 * lets Turnstile in when wrangler.toml (its [env.NAME] section under CLOUDFLARE_ENV=NAME) names a site key:
 * assets are served without the Worker, so the build is the last moment the deployment's config is known.
 */
function assetHeadersFile(): Plugin {
  return {
    name: "oncelink:asset-headers",
    async generateBundle() {
      // Imported here, not above: wrangler takes a second to load, and only the build needs it.
      const { unstable_readConfig } = await import("wrangler");
      const { vars } = unstable_readConfig({ config: "wrangler.toml", env: process.env.CLOUDFLARE_ENV });
      const turnstile = Boolean(vars.TURNSTILE_SITE_KEY);
      this.emitFile({ type: "asset", fileName: "_headers", source: headersFile({ turnstile }) });
    },
  };
}

// The UI only. Tests have their own vitest.config.ts so the Worker's runtime settings stay apart.
export default defineConfig({
  root: "web",
  plugins: [preact(), assetHeadersFile()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    // Browsers that run this UI support modulepreload natively; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
  },
});
