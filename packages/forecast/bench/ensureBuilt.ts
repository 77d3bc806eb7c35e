// Benchmarks measure the library as users get it (dist/). Rebuild when dist is missing or older
// than the sources, so `pnpm --filter @dpm/forecast bench:reference` works on a fresh checkout.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../", import.meta.url));

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    const s = statSync(path);
    t = Math.max(t, s.isDirectory() ? newest(path) : s.mtimeMs);
  }
  return t;
}

export function ensureBuilt(): void {
  const built = join(root, "dist", "node.js");
  if (existsSync(built) && statSync(built).mtimeMs >= newest(join(root, "src"))) return;
  console.error("[bench] dist/ is missing or stale: building @dpm/forecast …");
  const r = spawnSync("pnpm", ["exec", "tsup"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
  if (r.status !== 0) throw new Error("build failed; run `pnpm --filter @dpm/forecast build`");
}
