// English: the app's shell, shared components and lib, and the sign-in, sign-up, setup, verify and not-found pages. Every other language has the same keys (locales/*/common.ts).
export default {
  "common.language": "Language",
} as const;
