// A translation of an English catalog: the same keys, each a message (protocol/message-format.ts). With
// `satisfies`, a missing or an extra key is a compile error; scripts/test/i18n-catalogs.test.mjs also checks
// that every message parses and uses the same arguments as its English original.
export type Translation<English> = { readonly [Key in keyof English]: string };
