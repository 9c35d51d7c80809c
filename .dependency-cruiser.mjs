// `npm run lint` fails on any import cycle in the tree. Type-only imports count (tsPreCompilationDeps):
// a cycle of types still ties two modules together, and is one value import away from a real one.
/** @type {import("dependency-cruiser").IConfiguration} */
export default {
  forbidden: [
    { name: "no-circular", severity: "error", from: {}, to: { circular: true } },
    {
      // An import the cruiser cannot follow is an edge it cannot check, so the cycle check would pass
      // without having looked; fail instead.
      name: "no-unresolvable",
      severity: "error",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    exclude: { path: "^(node_modules|dist|cli/dist|\\.wrangler|test-results|bench-results)/" },
    doNotFollow: { path: "node_modules" },
    tsPreCompilationDeps: true,
    // workerd's own modules, provided by the runtime and the vitest pool rather than by node_modules.
    builtInModules: { add: ["cloudflare:workers", "cloudflare:test"] },
    enhancedResolveOptions: {
      extensions: [".ts", ".tsx", ".mjs", ".js", ".json"],
      conditionNames: ["import", "types", "node", "default"],
      exportsFields: ["exports"],
    },
  },
};
