// Writes the OpenAPI document GET /api/openapi.json serves (protocol/openapi.ts) to a file, so that
// `npm run lint` can lint it with Redocly: `node --import ./scripts/bench/resolve-ts.mjs scripts/openapi/write-openapi.ts OUT`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { buildOpenApiDocument } from "../../protocol/openapi.ts";

const out = process.argv[2];
if (!out) {
  console.error("usage: write-openapi.ts OUT.json");
  process.exit(2);
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`);
console.log(`wrote ${out}`);
