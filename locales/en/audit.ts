// English: the audit log (pages/Audit). Every other language has the same keys (locales/*/audit.ts).
export default {} as const;
