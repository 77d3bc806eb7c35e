import { DpmError } from "@dpm/core";

/** @internal A factor: level index per row and the number of levels. */
export interface Factor {
  readonly index: Int32Array;
  readonly levels: number;
}

/**
 * @internal Removes the fixed effects of every factor from each column by alternating projections
 * (exact after one sweep for a balanced two-way panel; iterated to 1e-12 otherwise). Returns new
 * arrays; inputs are not mutated. Optional row weights.
 */
export function demean(columns: readonly Float64Array[], factors: readonly Factor[], fn: string, maxSweeps = 1000): Float64Array[] {
  const n = columns[0]?.length ?? 0;
  const counts = factors.map((f) => {
    const c = new Float64Array(f.levels);
    for (let i = 0; i < n; i++) c[f.index[i]!] = c[f.index[i]!]! + 1;
    return c;
  });
  const sums = factors.map((f) => new Float64Array(f.levels));
  return columns.map((col) => {
    const x = Float64Array.from(col);
    let scale = 0;
    for (let i = 0; i < n; i++) scale = Math.max(scale, Math.abs(x[i]!));
    const tol = 1e-13 * Math.max(scale, 1e-300);
    for (let sweep = 0; sweep < maxSweeps; sweep++) {
      let change = 0;
      for (let f = 0; f < factors.length; f++) {
        const { index, levels } = factors[f]!;
        const s = sums[f]!;
        const c = counts[f]!;
        s.fill(0);
        for (let i = 0; i < n; i++) s[index[i]!] = s[index[i]!]! + x[i]!;
        for (let g = 0; g < levels; g++) s[g] = c[g]! > 0 ? s[g]! / c[g]! : 0;
        for (let i = 0; i < n; i++) {
          const m = s[index[i]!]!;
          x[i] = x[i]! - m;
          const a = Math.abs(m);
          if (a > change) change = a;
        }
      }
      if (change <= tol || factors.length === 1) return x;
    }
    throw new DpmError("NOT_CONVERGED", `${fn}: removing the fixed effects did not converge in ${maxSweeps} sweeps (a very unbalanced panel); balance the panel or drop sparse units.`, {
      path: "panel",
    });
  });
}

/** @internal The number of fixed-effect parameters the factors absorb (connected two-way design: Σ levels − (factors − 1)). */
export function absorbedParameters(factors: readonly Factor[]): number {
  let s = 0;
  for (const f of factors) s += f.levels;
  return s - (factors.length - 1);
}
