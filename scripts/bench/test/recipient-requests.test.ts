// The recipient page's requests as the bench counts them, on a made-up build: what the HTML names is one
// level down, what those import statically one more, and import() is left out of the first load.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { measureRecipientLoad } from "../recipient-requests";

function build(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "oncelink-bench-requests-"));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

test("counts the HTML, what it names, and each static import one level deeper; import() apart", async () => {
  const dir = build({
    "s/index.html": '<link rel="icon" href="/favicon.svg"><script type="module" src="/assets/page.js"></script>',
    "favicon.svg": "<svg/>",
    "assets/page.js": 'import{a}from"./shared.js";import"./shared.js";const later=()=>import("./click.js");',
    "assets/shared.js": "export const a=1;",
    "assets/click.js": 'import{a}from"./shared.js";export const b=a;',
  });
  try {
    const load = await measureRecipientLoad(dir);
    assert.deepEqual(
      load.requests.map((r) => [r.file, r.depth]),
      [
        ["s/index.html", 1],
        ["favicon.svg", 2],
        ["assets/page.js", 2],
        ["assets/shared.js", 3],
      ],
    );
    assert.equal(load.depth, 3);
    assert.deepEqual(
      load.later.map((r) => r.file),
      ["assets/click.js"],
    );
    assert.equal(
      load.gzipBytes,
      load.requests.reduce((sum, r) => sum + r.gzipBytes, 0),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a page with everything inline but one module is 2 deep", async () => {
  const dir = build({
    "s/index.html": '<style>p{}</style><script>1</script><script type="module" src="/assets/page.js"></script>',
    "assets/page.js": "export {};",
  });
  try {
    const load = await measureRecipientLoad(dir);
    assert.equal(load.requests.length, 2);
    assert.equal(load.depth, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
