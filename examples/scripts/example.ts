// pnpm example <name>: runs examples/src/<name>.ts (names: see examples/src).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("../src/", import.meta.url));
const names = readdirSync(dir).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3));
const name = process.argv[2];
if (name === undefined || !existsSync(`${dir}${name}.ts`)) {
  console.error(`usage: pnpm example <name>; examples: ${names.join(", ")}`);
  process.exit(2);
}
const result = spawnSync(process.execPath, ["--import", "tsx", `${dir}${name}.ts`, ...process.argv.slice(3)], { stdio: "inherit" });
process.exit(result.status ?? 1);
