// Writes worker/auth/common-passwords.json from zxcvbn-ts's list of the most common passwords:
// every entry long enough to pass the length rule, and the most common short ones as "stems" that
// passwords like "password12345678" are built from. Run: node scripts/make-password-blocklist.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const listPath = require.resolve("@zxcvbn-ts/language-common/src/passwords.json");
const ranked = JSON.parse(readFileSync(listPath, "utf8"));
const long = ranked.filter((p) => [...p].length >= 15);
const stems = [
  ...new Set(
    ranked
      .slice(0, 3000)
      .map((p) => p.toLowerCase().replace(/[^a-z]/g, ""))
      .filter((p) => p.length >= 4),
  ),
];
writeFileSync(
  new URL("../worker/auth/common-passwords.json", import.meta.url),
  `${JSON.stringify({ source: "@zxcvbn-ts/language-common passwords.json (MIT)", long, stems })}\n`,
);
console.log(`${long.length} long passwords, ${stems.length} stems`);
