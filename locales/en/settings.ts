// English: pages/Account, pages/Members, pages/Tokens and pages/Webhooks. Every other language has the same keys (locales/*/settings.ts).
export default {} as const;
