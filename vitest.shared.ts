import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const packages = ["core", "kpi", "forecast", "segment", "montecarlo", "agents", "impact", "operations", "cli", "bullmq"] as const;

// Tests import sibling packages from their TypeScript sources, so `pnpm test` never waits for
// (or runs against stale) upstream builds. Published consumers still go through `exports` → dist.
const alias = Object.fromEntries(
  packages.map((name) => [
    `@dpm/${name}`,
    fileURLToPath(new URL(`./packages/${name}/src/index.ts`, import.meta.url)),
  ]),
);

/** The vitest config every package shares; `name` labels its tests in the output. */
export function packageTestConfig(name: string) {
  return defineConfig({
    resolve: { alias },
    test: {
      name,
      include: ["src/**/*.test.ts", "test/**/*.test.ts"],
      typecheck: { enabled: true, include: ["src/**/*.test-d.ts", "test/**/*.test-d.ts"] },
      passWithNoTests: true,
      setupFiles: [fileURLToPath(new URL("./scripts/fastCheckSeed.ts", import.meta.url))],
      testTimeout: 60_000,
    },
  });
}
