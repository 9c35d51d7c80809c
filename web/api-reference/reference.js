// Starts Scalar's API reference on /docs/api (copied next to this file by `vite build`, see vite.config.ts).
// Everything it needs is served by this deployment: no fonts, telemetry, AI agent or request proxy of
// Scalar's own, and the page's CSP (protocol/security-policy.ts) would refuse them anyway.
globalThis.Scalar.createApiReference("#reference", {
  url: "/api/openapi.json",
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  mcp: { disabled: true },
  showDeveloperTools: "never",
  persistAuth: false,
  // The system's fonts: Scalar's stylesheet names Inter and JetBrains Mono from its own font server.
  customCss: `:root, .scalar-app {
    --scalar-font: ui-sans-serif, system-ui, sans-serif;
    --scalar-font-code: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }`,
});
