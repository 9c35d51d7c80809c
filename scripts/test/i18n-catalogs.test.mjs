// The catalogs (locales/<locale>/<area>.ts) against English: every language has every key and no other,
// each message parses (protocol/message-format.ts) and uses the arguments its English original uses, and a
// translation is a translation (few messages left identical to English). Run alone:
// `node --test scripts/test/i18n-catalogs.test.mjs`.
import assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import "../bench/resolve-ts.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const { LOCALES } = await import("../../protocol/locales.ts");
const { formatMessage, messageArguments } = await import("../../protocol/message-format.ts");

const AREAS = readdirSync(`${root}/locales/en`)
  .filter((name) => name.endsWith(".ts") && name !== "app.ts")
  .map((name) => name.slice(0, -3));
const catalog = async (locale, area) => (await import(`../../locales/${locale}/${area}.ts`)).default;

test("every language has a folder of catalogs, and nothing else is in locales/", () => {
  const folders = readdirSync(`${root}/locales`, { withFileTypes: true }).filter((entry) => entry.isDirectory());
  assert.deepEqual(folders.map((entry) => entry.name).sort(), [...LOCALES].sort());
  for (const locale of LOCALES) {
    assert.deepEqual(
      readdirSync(`${root}/locales/${locale}`).sort(),
      [...AREAS.map((a) => `${a}.ts`), "app.ts"].sort(),
    );
  }
});

for (const area of AREAS) {
  test(`English ${area}: keys start with "${area}.", and every message parses and formats`, async () => {
    const english = await catalog("en", area);
    for (const [key, message] of Object.entries(english)) {
      assert.ok(key.startsWith(`${area}.`), `${key} is in locales/en/${area}.ts`);
      assert.ok(message.trim(), `${key} is empty`);
      const args = Object.fromEntries(messageArguments(message).map((name) => [name, 2]));
      assert.doesNotMatch(formatMessage(message, "en", args), /[{}]/, `${key} leaves a brace`);
    }
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    test(`${locale} ${area}: the keys of English, each message with English's arguments`, async () => {
      const english = await catalog("en", area);
      const translated = await catalog(locale, area);
      assert.deepEqual(Object.keys(translated).sort(), Object.keys(english).sort());
      let same = 0;
      for (const [key, message] of Object.entries(translated)) {
        assert.ok(message.trim(), `${locale} ${key} is empty`);
        assert.deepEqual(messageArguments(message), messageArguments(english[key]), `${locale} ${key}: arguments`);
        const args = Object.fromEntries(messageArguments(message).map((name) => [name, 2]));
        assert.doesNotMatch(formatMessage(message, locale, args), /[{}]/, `${locale} ${key} leaves a brace`);
        if (message === english[key] && /\p{L}{4}/u.test(message)) same += 1;
      }
      // Names, codes and loanwords may match English; a catalog mostly in English is not translated.
      const keys = Object.keys(english).length;
      assert.ok(same <= Math.max(3, keys * 0.15), `${locale} ${area}: ${same} of ${keys} messages are English`);
    });
  }
}
