// The causal branch of `bench:reference`: `--panel FILE` (CSV with header unit,time,outcome,treated;
// treated = 1 in the periods a unit is under treatment) → one JSON line with the two-way fixed-effects
// DiD estimate and its unit-clustered CR1 standard error (as estimatr::lm_robust(se_type = "stata")),
// and, when exactly one unit is ever treated, the synthetic-control donor weights.
import { readFileSync } from "node:fs";
import { syntheticControl, twfeDid } from "../dist/index.js";

/** Parsed panel columns. */
export interface PanelColumns {
  readonly unit: string[];
  readonly time: number[];
  readonly outcome: number[];
  readonly treated: number[];
}

/** Reads `unit,time,outcome,treated` (any column order; quoted unit names allowed). */
export function readPanelCsv(file: string): PanelColumns {
  const lines = readFileSync(file, "utf8").split(/\r?\n/).filter((l) => l.trim() !== "");
  const header = lines[0]!.split(",").map((h) => h.trim().replace(/^"|"$/g, ""));
  const col = (name: string) => {
    const j = header.indexOf(name);
    if (j < 0) throw new Error(`--panel: the CSV header must contain "${name}" (got ${header.join(",")})`);
    return j;
  };
  const [ju, jt, jy, jd] = [col("unit"), col("time"), col("outcome"), col("treated")];
  const out: PanelColumns = { unit: [], time: [], outcome: [], treated: [] };
  for (const line of lines.slice(1)) {
    const cells = line.split(",").map((c) => c.trim().replace(/^"|"$/g, ""));
    out.unit.push(cells[ju]!);
    out.time.push(Number(cells[jt]));
    out.outcome.push(Number(cells[jy]));
    out.treated.push(Number(cells[jd]));
  }
  return out;
}

/** The JSON line for one panel. */
export function panelReference(p: PanelColumns): { did: { estimate: number; se: number }; synth: { weights: Record<string, number> } | null } {
  const did = twfeDid(p);
  const treatedUnits = [...new Set(p.unit.filter((_, i) => p.treated[i] === 1))];
  let synth: { weights: Record<string, number> } | null = null;
  if (treatedUnits.length === 1) {
    const unit = treatedUnits[0]!;
    const times = [...new Set(p.time)].sort((a, b) => a - b);
    const start = Math.min(...p.time.filter((_, i) => p.treated[i] === 1));
    const outcomes: Record<string, number[]> = {};
    const at = new Map<string, number>();
    p.unit.forEach((u, i) => at.set(`${u}\u0000${p.time[i]}`, p.outcome[i]!));
    for (const u of new Set(p.unit)) outcomes[u] = times.map((t) => at.get(`${u}\u0000${t}`) ?? NaN);
    const res = syntheticControl({ times, outcomes }, { treated: unit, treatmentTime: start, placebos: false });
    synth = { weights: { ...res.weights } };
  }
  return { did: { estimate: did.estimate, se: did.stdError }, synth };
}

/** CLI entry: prints the JSON line for `--panel FILE`. */
export function runPanelReference(file: string): void {
  console.log(JSON.stringify(panelReference(readPanelCsv(file))));
}
