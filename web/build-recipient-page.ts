// The recipient page (/s/:id) as its own small build, run by vite.config.ts after the app's: one HTML file
// (dist/web/s/index.html) with the page's CSS inlined and one JS module with no chunk shared with the app,
// so a recipient's browser asks for the HTML, then theme.js and that module side by side, and is done.
// A second Vite build rather than a second input of the first: Rolldown would split the code both entries
// use (Preact, the API client) into shared chunks, one more round trip before the page can render.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import preact from "@preact/preset-vite";
import { build, type Plugin } from "vite";
import { inlineStyleHashes } from "../protocol/security-policy.ts";

/** Where the page lands in the output, and the path the Worker asks the assets for (it serves /s/*). */
export const RECIPIENT_HTML = "s/index.html";

/** Puts each stylesheet Vite linked from the page into a <style> element, drops the file, and trims the HTML. */
function inlineStylesheets(): Plugin {
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
        const css = String(file.source).replace(/\/\*[\s\S]*?\*\//g, "").trim();
        if (css.includes("</style")) throw new Error(`${fileName} cannot be inlined: it contains "</style"`);
        html = html.replace(link, () => `<style>${css}</style>`);
        delete bundle[fileName];
      }
      // Comments and the indentation between tags are for the source; the first response carries neither.
      page.source = html.replace(/<!--[\s\S]*?-->/g, "").replace(/>\s+</g, "><");
    },
  };
}

/**
 * Builds the recipient page from `root` (web/) into `outDir` beside the app, and answers the CSP hashes of
 * its inline styles, which the page policy must name.
 */
export async function buildRecipientPage(root: string, outDir: string): Promise<string[]> {
  await build({
    configFile: false,
    root,
    logLevel: "warn",
    plugins: [preact(), inlineStylesheets()],
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
  return inlineStyleHashes(readFileSync(join(outDir, RECIPIENT_HTML), "utf8"));
}
