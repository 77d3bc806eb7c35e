import { spawn, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const CLI_DIR = fileURLToPath(new URL("..", import.meta.url));

/** tsx maps @dpm/* to the sibling packages' sources (test/tsconfig.sources.json): no build needed. */
const ENV = { ...process.env, TSX_TSCONFIG_PATH: fileURLToPath(new URL("./tsconfig.sources.json", import.meta.url)) };

/** Runs the real `dpm` process (from the TypeScript sources, through tsx) and waits for it. */
export function dpm(args: readonly string[], options: { cwd?: string } = {}) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "src/bin.ts", ...args], { cwd: options.cwd ?? CLI_DIR, env: ENV, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `dpm` without waiting. */
export function dpmSpawn(args: readonly string[]) {
  return spawn(process.execPath, ["--import", "tsx", "src/bin.ts", ...args], { cwd: CLI_DIR, env: ENV, stdio: ["ignore", "pipe", "pipe"] });
}

/** Long-format daily sales: `series` store × product series of `days` days (sorted by id, then day). */
export function salesCsv(series: number, days: number, seed = 1): string {
  let s = seed;
  const rand = () => {
    s = (s * 48271) % 2147483647;
    return s / 2147483647;
  };
  const lines = ["store,product,day,revenue"];
  const start = Date.UTC(2025, 0, 1);
  for (let k = 0; k < series; k++) {
    const store = `S${Math.floor(k / 2)}`;
    const product = k % 2 === 0 ? "bread" : "cake";
    for (let d = 0; d < days; d++) {
      const day = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
      const v = 50 + k + 10 * Math.sin((2 * Math.PI * d) / 7) + 4 * (rand() - 0.5);
      lines.push(`${store},${product},${day},${v.toFixed(2)}`);
    }
  }
  return `${lines.join("\n")}\n`;
}
