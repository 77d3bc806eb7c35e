// The experiments branch of `bench:reference`: `--cases FILE` (default: the committed R cases,
// reference/experiments/experiments.json) → ONE JSON line of results, for comparison with R or any
// other stats engine:
//   proportions: two-sided two-proportion z-test p and the Wald CI of p_t − p_c (prop.test(correct = FALSE));
//   means: Welch's t-test p and CI of mean_t − mean_c (t.test);
//   power: two-sided two-proportion n per group (power.prop.test, R's ceiling);
//   sequential: Lan–DeMets critical values at equally spaced looks (rpact "asOF" / "asP").
// Sections missing from the file are left out of the output. With `--check`, agreement with the
// expected fields of the file (pValue, ciLow, ciHigh, nPerGroup, criticalValues — present in the
// committed R cases) is summarised on stderr and a disagreement beyond 2e-6 relative sets exit code 1
// (1e-6 everywhere except rpact's own loosest look, OF k = 8 look 2, where rpact is 1.3e-6 off the
// scipy solution in reference/experiments/sequentialCheck.json that we match to 1e-9). A relative
// FILE is looked up from the directory pnpm was started in (INIT_CWD), then the package folder.
// Runs on the built package (dist).
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { groupSequentialDesign, proportionTest, sampleSizeProportions, welchTTest } from "../dist/index.js";

interface Group {
  readonly n: number;
  readonly conversions: number;
}
interface Cases {
  readonly proportions?: readonly { id: string; control: Group; treatment: Group; alpha?: number; pValue?: number; ciLow?: number; ciHigh?: number }[];
  readonly means?: readonly { id: string; control: number[]; treatment: number[]; alpha?: number; pValue?: number; ciLow?: number; ciHigh?: number }[];
  readonly power?: readonly { id: string; p1: number; p2: number; alpha?: number; power?: number; nPerGroup?: number }[];
  readonly sequential?: readonly { id: string; kMax: number; alpha?: number; sided?: 1 | 2; type: "OF" | "P"; criticalValues?: number[] }[];
}

/** The committed R cases (reference/experiments/experiments.json). */
export const DEFAULT_CASES = fileURLToPath(new URL("../reference/experiments/experiments.json", import.meta.url));

/** Computes the results of every case in `cases` (the shape of the issue's bench:reference). */
export function runCases(cases: Cases): Record<string, unknown[]> {
  const out: Record<string, unknown[]> = {};
  if (cases.proportions !== undefined) {
    out.proportions = cases.proportions.map((c) => {
      const r = proportionTest(c.control, c.treatment, { alpha: c.alpha ?? 0.05 });
      return { id: c.id, pValue: r.pValue, ciLow: r.ciLow, ciHigh: r.ciHigh };
    });
  }
  if (cases.means !== undefined) {
    out.means = cases.means.map((c) => {
      const r = welchTTest(c.control, c.treatment, { alpha: c.alpha ?? 0.05 });
      return { id: c.id, pValue: r.pValue, ciLow: r.ciLow, ciHigh: r.ciHigh };
    });
  }
  if (cases.power !== undefined) {
    out.power = cases.power.map((c) => ({ id: c.id, nPerGroup: sampleSizeProportions(c.p1, c.p2, { alpha: c.alpha ?? 0.05, power: c.power ?? 0.8 }).nControl }));
  }
  if (cases.sequential !== undefined) {
    out.sequential = cases.sequential.map((c) => ({
      id: c.id,
      criticalValues: Array.from(groupSequentialDesign({ kMax: c.kMax, alpha: c.alpha ?? 0.025, sided: c.sided ?? 1, type: c.type }).criticalValues),
    }));
  }
  return out;
}

/** Largest relative disagreement between the results and the expected fields of the cases. */
export function compare(cases: Cases, results: Record<string, unknown[]>): { compared: number; worst: number; worstAt: string } {
  let compared = 0;
  let worst = 0;
  let worstAt = "";
  const check = (where: string, actual: number, expected: number | undefined) => {
    if (expected === undefined) return;
    compared++;
    const rel = actual === expected ? 0 : Math.abs(actual - expected) / Math.max(Math.abs(expected), 1e-12);
    if (!(rel <= worst)) {
      worst = rel;
      worstAt = where;
    }
  };
  const get = (section: string, i: number) => results[section]![i] as Record<string, number>;
  cases.proportions?.forEach((c, i) => ["pValue", "ciLow", "ciHigh"].forEach((f) => check(`proportions ${c.id} ${f}`, get("proportions", i)[f]!, (c as Record<string, unknown>)[f] as number | undefined)));
  cases.means?.forEach((c, i) => ["pValue", "ciLow", "ciHigh"].forEach((f) => check(`means ${c.id} ${f}`, get("means", i)[f]!, (c as Record<string, unknown>)[f] as number | undefined)));
  cases.power?.forEach((c, i) => check(`power ${c.id} nPerGroup`, get("power", i).nPerGroup!, c.nPerGroup));
  cases.sequential?.forEach((c, i) => {
    const cv = (results.sequential![i] as { criticalValues: number[] }).criticalValues;
    c.criticalValues?.forEach((v, k) => check(`sequential ${c.id} look ${k + 1}`, cv[k]!, v));
  });
  return { compared, worst, worstAt };
}

/** `bench:reference -- --cases FILE [--check]`: prints one JSON line of results. */
export function main(argv: readonly string[]): void {
  const at = argv.indexOf("--cases");
  const next = at >= 0 ? argv[at + 1] : undefined;
  const asked = next === undefined || next.startsWith("--") ? undefined : next;
  const fromInit = asked === undefined ? undefined : resolve(process.env.INIT_CWD ?? process.cwd(), asked);
  const file = asked === undefined ? DEFAULT_CASES : fromInit !== undefined && existsSync(fromInit) ? fromInit : resolve(asked);
  const cases = JSON.parse(readFileSync(file, "utf8")) as Cases;
  const results = runCases(cases);
  console.log(JSON.stringify(results));
  if (argv.includes("--check")) {
    const c = compare(cases, results);
    console.error(`checked ${c.compared} expected values from ${file}: worst relative difference ${c.worst.toExponential(2)}${c.worstAt ? ` (${c.worstAt})` : ""}`);
    if (c.worst > 2e-6) process.exitCode = 1;
  }
}
