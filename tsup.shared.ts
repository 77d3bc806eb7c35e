import { defineConfig, type Options } from "tsup";

/** Every package builds the same way: ESM + CJS + .d.ts from src/index.ts (plus any extra entries). */
export function packageBuildConfig(extra: Partial<Options> = {}) {
  return defineConfig({
    entry: ["src/index.ts"],
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    treeshake: true,
    target: "es2022",
    ...extra,
  });
}
