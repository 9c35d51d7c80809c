// Bundles the CLI into one file, dist/oncelink.mjs, for Node >= 20: the protocol/ code it shares with the
// browser and the Worker is inlined, so the published package has no dependencies at all.
// Run by `prepare`, so `npm install` at the repository's root and `npm pack` here both build it.
import { chmodSync, readFileSync } from "node:fs";
import { build } from "esbuild";

const here = new URL(".", import.meta.url);
const { version } = JSON.parse(readFileSync(new URL("package.json", here), "utf8"));
const outfile = new URL("dist/oncelink.mjs", here).pathname;

await build({
  entryPoints: [new URL("src/main.ts", here).pathname],
  outfile,
  bundle: true,
  platform: "node",
  target: "node20",
  format: "esm",
  // mute-stream (under `read`) is CommonJS and requires Node's own modules; ESM gives it a require.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire } from "node:module";\nconst require = createRequire(import.meta.url);',
  },
  define: { CLI_VERSION: JSON.stringify(version) },
  legalComments: "none",
  logLevel: "warning",
});
chmodSync(outfile, 0o755);
