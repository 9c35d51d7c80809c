// Lets Node run the bench's TypeScript directly (type stripping) while it imports the repo's own modules,
// which, like the rest of the tree, name their imports without the ".ts" a bundler would add.
import { registerHooks } from "node:module";

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (error?.code !== "ERR_MODULE_NOT_FOUND" || !/^\.\.?\//.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
