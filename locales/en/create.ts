// English: the create form (pages/Create), the new-request form (pages/NewRequest) and the responder's page (pages/Respond). Every other language has the same keys (locales/*/create.ts).
export default {} as const;
