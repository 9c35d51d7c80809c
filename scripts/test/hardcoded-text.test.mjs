// No UI text outside the catalogs (scripts/i18n/find-hardcoded-text.mjs says what counts): a JSX text node
// or a text attribute written in English in web/src fails here, with its file and line.
import assert from "node:assert/strict";
import { test } from "node:test";
import { findHardcodedText } from "../i18n/find-hardcoded-text.mjs";

test("every text of web/src comes from a catalog", () => {
  const hits = findHardcodedText(["web/src"]).map((hit) => `${hit.file}:${hit.line}: ${hit.text.replace(/\s+/g, " ")}`);
  assert.deepEqual(hits, []);
});

test("the finder finds what it is meant to (a JSX text, a text attribute, an h() child)", async () => {
  const { writeFileSync, mkdtempSync } = await import("node:fs");
  const { join } = await import("node:path");
  const { tmpdir } = await import("node:os");
  const dir = mkdtempSync(join(tmpdir(), "hardcoded-"));
  writeFileSync(
    join(dir, "sample.tsx"),
    'export const A = () => <p title="Burn it">Hello {"there"} {t("x")}<b>{count}</b>·</p>;\nh("p", { "aria-label": "Close" }, "Shown");\n',
  );
  const { hardcodedTexts } = await import("../i18n/find-hardcoded-text.mjs");
  assert.deepEqual(
    hardcodedTexts(join(dir, "sample.tsx"))
      .map((hit) => hit.text)
      .sort(),
    ["Burn it", "Close", "Hello", "Shown", "there"],
  );
});
