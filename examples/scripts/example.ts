// pnpm example <name|package>: runs examples/src/<name>.ts; without an argument, lists them.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { EXAMPLES, findExample } from "./examples.js";

const dir = fileURLToPath(new URL("../src/", import.meta.url));
const arg = process.argv[2];
const example = arg === undefined ? undefined : findExample(arg);
if (example === undefined) {
  const stream = arg === undefined || arg === "--help" || arg === "-h" ? process.stdout : process.stderr;
  if (stream === process.stderr) stream.write(`error: no example named ${JSON.stringify(arg)}\n\n`);
  stream.write("usage: pnpm example <name>   (or the package name: pnpm example forecast)\n\n");
  for (const e of EXAMPLES) stream.write(`  ${e.name.padEnd(18)} @dpm/${e.package.padEnd(11)} ${e.story}\n`);
  stream.write("\nThe whole story through every package: pnpm demo\n");
  process.exit(stream === process.stdout ? 0 : 2);
}
const result = spawnSync(process.execPath, ["--import", "tsx", `${dir}${example.name}.ts`, ...process.argv.slice(3)], { stdio: "inherit" });
process.exit(result.status ?? 1);
