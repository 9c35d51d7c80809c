import preact from "@preact/preset-vite";
import { defineConfig } from "vite";

// The UI only. Tests have their own vitest.config.ts so the Worker's runtime settings stay apart.
export default defineConfig({
  root: "web",
  plugins: [preact()],
  build: {
    outDir: "../dist/web",
    emptyOutDir: true,
    // Browsers that run this UI support modulepreload natively; the polyfill would only add bytes.
    modulePreload: { polyfill: false },
  },
});
