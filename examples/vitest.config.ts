import { defineConfig } from "vitest/config";

// No source aliases here: examples exercise the packages exactly as users get them (built dist).
export default defineConfig({
  test: { name: "examples", include: ["test/**/*.test.ts"], testTimeout: 180_000 },
});
