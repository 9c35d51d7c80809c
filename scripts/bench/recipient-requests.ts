// The recipient page's first load as a browser makes it: the HTML the Worker answers for /s/* (s/index.html),
// then each file that HTML names (scripts, stylesheets, icon), then each module those import statically, one
// level deeper. Dynamic import() is left out of the first load: the page is usable without it (the Turnstile
// chunk loads only where a site key is set; the click's chunk starts once the form shows) and is reported
// on its own. Depth counts requests in the longest such chain: the HTML alone is 1.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { init, parse } from "es-module-lexer";

export interface PageRequest {
  file: string;
  gzipBytes: number;
  /** 1 for the HTML, 2 for what it names, 3 for what those import, and so on. */
  depth: number;
}

export interface RecipientLoad {
  /** HTML, JS and CSS (and the icon the HTML names) before the page is usable. */
  requests: PageRequest[];
  gzipBytes: number;
  depth: number;
  /** Modules loaded later by import(): not needed to show the page, each a request of its own. */
  later: PageRequest[];
}

export const RECIPIENT_HTML = "s/index.html";

/**
 * `serve` turns the built HTML into what the Worker answers (recipient-language.ts: the page in one
 * language); without it the file is weighed as built.
 */
export async function measureRecipientLoad(
  outDir: string,
  serve: (html: string) => string = (html) => html,
): Promise<RecipientLoad> {
  await init;
  const requests: PageRequest[] = [];
  const later = new Map<string, PageRequest>();
  const seen = new Set<string>();
  const html = serve(readFileSync(join(outDir, RECIPIENT_HTML), "utf8"));
  const add = (file: string, depth: number, into: PageRequest[] | Map<string, PageRequest>) => {
    const body = file === RECIPIENT_HTML ? html : readFileSync(join(outDir, file));
    const request = { file, depth, gzipBytes: gzipSync(body).length };
    if (Array.isArray(into)) into.push(request);
    else into.set(file, request);
    return request;
  };
  add(RECIPIENT_HTML, 1, requests);
  seen.add(RECIPIENT_HTML);
  // What the HTML names: <script src>, <link href> (stylesheet, modulepreload, icon).
  let queue = [...html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="\/([^"]+)"/g)].map((m) => m[1] ?? "");
  for (let depth = 2; queue.length > 0; depth++) {
    const next: string[] = [];
    for (const file of queue) {
      if (seen.has(file)) continue;
      seen.add(file);
      add(file, depth, requests);
      if (!file.endsWith(".js")) continue;
      const [imports] = parse(readFileSync(join(outDir, file), "utf8"));
      for (const imported of imports) {
        if (!imported.n) continue;
        // Vite writes chunk imports relative ("./x.js"); an absolute one is from the site's root.
        const target = imported.n.startsWith("/") ? imported.n.slice(1) : join(file, "..", imported.n);
        // d === -1: a static import, which the browser fetches before the module runs.
        if (imported.d === -1) next.push(target);
        else if (!later.has(target)) add(target, depth + 1, later);
      }
    }
    queue = next;
  }
  for (const file of seen) later.delete(file);
  return {
    requests,
    gzipBytes: requests.reduce((sum, request) => sum + request.gzipBytes, 0),
    depth: Math.max(...requests.map((request) => request.depth)),
    later: [...later.values()],
  };
}
