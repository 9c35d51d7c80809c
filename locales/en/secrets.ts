// English: the dashboard: pages/Secrets and pages/Requests. Every other language has the same keys (locales/*/secrets.ts).
export default {} as const;
