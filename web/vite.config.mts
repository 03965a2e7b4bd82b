import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// Built into dist/web, which the server serves at / (api/server/web-app.ts).
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/",
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    // ECharts is split per chart type; one chunk near 1 MB unminified is expected.
    chunkSizeWarningLimit: 1024,
  },
  oxc: { jsx: { runtime: "automatic" } },
});
