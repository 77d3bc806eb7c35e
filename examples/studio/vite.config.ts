import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// The studio is a static page: relative base so the built folder works from any file server.
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, target: "es2022", chunkSizeWarningLimit: 2000 },
  worker: { format: "es" },
  server: { open: false },
});
