// English: the API's error messages for browsers, by error code (the codes themselves stay English). Every other language has the same keys (locales/*/errors.ts).
export default {} as const;
