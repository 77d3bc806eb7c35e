// Builds the Node-only entry and its worker script from the sources into node_modules/.montecarlo-test/
// (git-ignored), the same way tsup lays them out in dist/ (node.js with worker.js beside it), so the
// worker-thread tests run real worker threads on freshly built code — never on a stale dist/.
// Several test files may build at once: each writes to a private folder and renames the files into
// place (atomic on POSIX), so a reader never sees half a file.
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

export const testDist = fileURLToPath(new URL("../node_modules/.montecarlo-test/", import.meta.url));
const src = fileURLToPath(new URL("../src/", import.meta.url));
const coreSrc = fileURLToPath(new URL("../../core/src/index.ts", import.meta.url));

export async function buildNodeEntry(): Promise<string> {
  const tmp = join(testDist, `build-${process.pid}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(tmp, { recursive: true });
  await build({
    entryPoints: { node: join(src, "node.ts"), worker: join(src, "worker.ts") },
    outdir: tmp,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    alias: { "@dpm/core": coreSrc },
    logLevel: "silent",
  });
  for (const f of ["node.js", "worker.js"]) renameSync(join(tmp, f), join(testDist, f));
  rmSync(tmp, { recursive: true, force: true });
  return join(testDist, "node.js");
}
