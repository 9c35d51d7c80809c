// Bytes a visitor downloads on first load of each page, and bytes the Worker deploys, gzipped.
// The UI is rebuilt into a temporary directory with a Vite manifest (the same input gives the same
// hashed files as the build `npm start` serves), so the module graph comes from Vite itself, not from
// scanning the code.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { servedRecipientHtml } from "./recipient-language";
import { measureRecipientLoad, type RecipientLoad } from "./recipient-requests";

export interface PageWeight {
  page: string;
  /** Sum of each file gzipped on its own, as each is its own response; null when a chunk is not in the build. */
  gzipBytes: number | null;
  files: { file: string; gzipBytes: number }[];
  missing: string[];
}

interface ManifestChunk {
  file: string;
  imports?: string[];
  css?: string[];
}

/**
 * What a first visit to a route downloads after index.html and its scripts: the lazy chunks web/src/app.tsx
 * loads for it (by their source path, as the Vite manifest names them). Keep in step with app.tsx's routes.
 * The recipient page is not among them: /s/* is its own HTML, measured by recipient-requests.ts.
 */
export const PAGES = [
  { page: "dashboard and create /", chunks: ["src/components/AppShell/index.tsx", "src/pages/Secrets/index.tsx"] },
];

export interface PageWeights {
  pages: PageWeight[];
  /** The recipient page, a page of its own (s/index.html): bytes, requests and chain depth. */
  recipient: RecipientLoad;
  /** The same page as the Worker serves it to a German browser (Accept-Language: de). */
  recipientGerman: RecipientLoad;
}

export async function measurePageWeights(tree: string): Promise<PageWeights> {
  const outDir = mkdtempSync(join(tmpdir(), "oncelink-bench-web-"));
  try {
    run(tree, "npx", ["vite", "build", "--manifest", "--outDir", outDir, "--emptyOutDir", "--logLevel", "warn"]);
    const manifestText = readFileSync(join(outDir, ".vite/manifest.json"), "utf8");
    const manifest = JSON.parse(manifestText) as Record<string, ManifestChunk>;
    const html = readFileSync(join(outDir, "index.html"), "utf8");
    // The scripts and stylesheets index.html names (entry, modulepreloads, CSS) load on every page.
    const named = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((match) => match[1] ?? "");
    const shell = new Set([...named, ...chunkGraph(manifest, "index.html")]);
    // As the Worker answers it: in English, and in German (one other language, longer words than most).
    const recipient = await measureRecipientLoad(outDir, (page) => servedRecipientHtml(page, "en"));
    const recipientGerman = await measureRecipientLoad(outDir, (page) => servedRecipientHtml(page, "de"));
    const pages = PAGES.map(({ page, chunks }) => {
      const missing = chunks.filter((chunk) => !manifest[chunk]);
      const files = new Set([...shell, ...chunks.flatMap((chunk) => [...chunkGraph(manifest, chunk)])]);
      const weighed = [
        { file: "index.html", gzipBytes: gzipSize(html) },
        ...[...files].map((file) => ({ file, gzipBytes: gzipSize(readFileSync(join(outDir, file))) })),
      ];
      const total = weighed.reduce((sum, f) => sum + f.gzipBytes, 0);
      return { page, gzipBytes: missing.length > 0 ? null : total, files: weighed, missing };
    });
    return { pages, recipient, recipientGerman };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** The JS and CSS files a chunk needs, itself included, following static imports only. */
function chunkGraph(manifest: Record<string, ManifestChunk>, key: string, seen = new Set<string>()): Set<string> {
  const files = new Set<string>();
  const chunk = manifest[key];
  if (!chunk || seen.has(key)) return files;
  seen.add(key);
  files.add(chunk.file);
  for (const css of chunk.css ?? []) files.add(css);
  for (const imported of chunk.imports ?? []) {
    for (const file of chunkGraph(manifest, imported, seen)) files.add(file);
  }
  return files;
}

export interface BundleWeight {
  gzipBytes: number;
  rawBytes: number;
}

/** The Worker as `wrangler deploy` would upload it (source maps aside). */
export function measureWorkerBundle(tree: string): BundleWeight {
  const outDir = mkdtempSync(join(tmpdir(), "oncelink-bench-worker-"));
  try {
    run(tree, "npx", ["wrangler", "deploy", "--dry-run", "--outdir", outDir]);
    const modules = readdirSync(outDir).filter((file) => /\.(m?js|wasm)$/.test(file));
    const contents = modules.map((file) => readFileSync(join(outDir, file)));
    return {
      gzipBytes: contents.reduce((sum, bytes) => sum + gzipSize(bytes), 0),
      rawBytes: contents.reduce((sum, bytes) => sum + bytes.length, 0),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

/** zlib's default level (6), about what a server compressing on the fly sends. */
function gzipSize(content: string | Buffer): number {
  return gzipSync(content).length;
}

function run(cwd: string, command: string, args: string[]): void {
  const result = spawnSync(command, args, {
    cwd,
    encoding: "utf8",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed:\n${result.stdout}${result.stderr}`);
}
