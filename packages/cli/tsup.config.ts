import { defineConfig, type Options } from "tsup";
import { packageBuildConfig } from "../../tsup.shared.ts";

// The library entry (ESM + CJS + types), then the `dpm` executable and the local pool's worker
// thread (ESM only, side by side in dist/ so the bin finds dist/poolWorker.js next to it).
export default defineConfig([
  packageBuildConfig() as Options,
  {
    entry: { bin: "src/bin.ts", poolWorker: "src/forecast/poolWorker.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "es2022",
  },
]);
