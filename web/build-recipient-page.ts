// The recipient page (/s/:id) as its own small build, run by vite.config.ts after the app's: one HTML file
// (dist/web/s/index.html) with the page's CSS inlined and one JS module with no chunk shared with the app,
// so a recipient's browser asks for the HTML, then theme.js and that module side by side, and is done.
// A second Vite build rather than a second input of the first: Rolldown would split the code both entries
// use (the API client, the protocol's shapes) into shared chunks, one more round trip before the page can render.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { build, type Plugin } from "vite";
import { inlineHashes, type PagePolicyOptions } from "../protocol/security-policy.ts";

/** Where the page lands in the output, and the path the Worker asks the assets for (it serves /s/*). */
export const RECIPIENT_HTML = "s/index.html";

/** The plain script the page runs before its first paint: web/public/theme.js, the same file the app loads. */
const THEME_SCRIPT = '<script src="/theme.js"></script>';

/**
 * Puts each stylesheet Vite linked from the page into a <style> element (and drops the file), theme.js into
 * a <script> element, and trims the HTML: the page's first response holds all it needs to paint.
 */
function inlineIntoPage(root: string): Plugin {
  return {
    name: "oncelink:inline-recipient-css",
    enforce: "post",
    generateBundle(_options, bundle) {
      const page = bundle[RECIPIENT_HTML];
      if (page?.type !== "asset") throw new Error(`the recipient build made no ${RECIPIENT_HTML}`);
      let html = String(page.source);
      for (const [fileName, file] of Object.entries(bundle)) {
        if (file.type !== "asset" || !fileName.endsWith(".css")) continue;
        const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${fileName.replace(/[.]/g, "\\.")}"[^>]*>`);
        if (!link.test(html)) throw new Error(`${RECIPIENT_HTML} does not link ${fileName}`);
        // Without comments (Vite leaves a marker of its own at the end).
        const css = String(file.source)
          .replace(/\/\*[\s\S]*?\*\//g, "")
          .trim();
        if (css.includes("</style")) throw new Error(`${fileName} cannot be inlined: it contains "</style"`);
        html = html.replace(link, () => `<style>${css}</style>`);
        delete bundle[fileName];
      }
      if (!html.includes(THEME_SCRIPT)) throw new Error(`${RECIPIENT_HTML} does not load /theme.js`);
      // Its comments (whole lines) and indentation stay in the file the app loads.
      const theme = readFileSync(join(root, "public/theme.js"), "utf8")
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith("//"))
        .join("\n");
      if (theme.includes("</script")) throw new Error('theme.js cannot be inlined: it contains "</script"');
      html = html.replace(THEME_SCRIPT, () => `<script>${theme}</script>`);
      // Comments and the indentation between tags are for the source; the first response carries neither.
      page.source = html.replace(/<!--[\s\S]*?-->/g, "").replace(/>\s+</g, "><");
    },
  };
}

/**
 * Builds the recipient page from `root` (web/) into `outDir` beside the app, and answers the CSP hashes of
 * its inline style and script, which the page policy must name.
 */
export async function buildRecipientPage(root: string, outDir: string): Promise<PagePolicyOptions> {
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    // Plain TypeScript and DOM (web/src/recipient): no framework, so no JSX plugin either.
    plugins: [inlineIntoPage(root)],
    build: {
      outDir,
      emptyOutDir: false,
      // The app's build wrote public/ and its manifest already; this one must not overwrite either.
      copyPublicDir: false,
      manifest: false,
      // Its one lazy chunk imports only from the entry, which has loaded: nothing to preload, no helper.
      modulePreload: false,
      // One stylesheet, the lazy chunk's CSS included, so all of it is inlined and none is fetched later.
      cssCodeSplit: false,
      rolldownOptions: {
        input: join(root, RECIPIENT_HTML),
        output: { entryFileNames: "assets/recipient-[hash].js", chunkFileNames: "assets/recipient-[name]-[hash].js" },
      },
    },
  });
  return inlineHashes(readFileSync(join(outDir, RECIPIENT_HTML), "utf8"));
}
