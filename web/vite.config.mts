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
    // Two pages: the application at /, the GraphQL IDE at /graphiql (Monaco is large; it stays
    // out of the application's bundle).
    rollupOptions: {
      input: {
        main: fileURLToPath(new URL("index.html", import.meta.url)),
        graphiql: fileURLToPath(new URL("graphiql.html", import.meta.url)),
      },
    },
  },
  oxc: { jsx: { runtime: "automatic" } },
});
