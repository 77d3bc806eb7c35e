// Bundles a tiny app against a package's TypeScript sources with esbuild, so tree-shaking tests can
// check what an app importing a few names really ships. @dpm/core resolves to its sources, as in vitest.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const coreSrc = fileURLToPath(new URL("../packages/core/src/index.ts", import.meta.url));

/** Bundles `app` (TypeScript that imports from "./index.ts") in `<pkg>/src/` of the test file at `testFileUrl`. */
export async function bundleApp(testFileUrl: string, app: string, external: readonly string[] = []): Promise<string> {
  const result = await build({
    stdin: { contents: app, resolveDir: fileURLToPath(new URL("../src/", testFileUrl)), loader: "ts", sourcefile: "app.ts" },
    bundle: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    alias: { "@dpm/core": coreSrc },
    external: [...external],
    write: false,
    treeShaking: true,
    logLevel: "silent",
  });
  return result.outputFiles[0]?.text ?? "";
}

/** Bundles an app that imports `names` (comma-separated) from the package and uses them. */
export function bundleImports(testFileUrl: string, names: string, external: readonly string[] = []): Promise<string> {
  return bundleApp(testFileUrl, `import { ${names} } from "./index.ts";\nconsole.log(${names});`, external);
}
