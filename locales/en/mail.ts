// English: every mail the Worker sends (worker/mail). Every other language has the same keys (locales/*/mail.ts).
export default {} as const;
