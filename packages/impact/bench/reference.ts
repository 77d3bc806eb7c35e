// `pnpm --filter @dpm/impact bench:reference -- --panel FILE` (causal: TWFE DiD + synthetic control,
// see panelReference.ts) or `-- --cases FILE` (experiments: see experimentsReference.ts, when present).
// Runs on the built package (dist).
import { runPanelReference } from "./panelReference.ts";

const argv = process.argv.slice(2);
const panel = argv.indexOf("--panel");
if (panel >= 0) {
  const file = argv[panel + 1];
  if (file === undefined) throw new Error("--panel needs a CSV file (header unit,time,outcome,treated)");
  runPanelReference(file);
} else if (argv.includes("--cases")) {
  // The experiments branch lives in its own file (H3); loaded by URL so this file type-checks without it.
  const mod = (await import(new URL("./experimentsReference.ts", import.meta.url).href)) as { main: (argv: readonly string[]) => unknown };
  await mod.main(argv);
} else {
  console.error("usage: bench:reference -- --panel FILE | --cases FILE");
  process.exitCode = 2;
}
