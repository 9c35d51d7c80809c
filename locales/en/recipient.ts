// English: the recipient page (web/src/recipient, web/s/index.html), put into the page by the Worker. Every other language has the same keys (locales/*/recipient.ts).
export default {} as const;
