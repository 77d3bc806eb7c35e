import { DpmError } from "@dpm/core";

/** Gaussian hypergeometric 2F1(a, b; c; z) for 0 ≤ z < 1 by its power series, with a convergence check. */
export function hyp2f1(a: number, b: number, c: number, z: number, fn: string, maxTerms = 200_000): number {
  let term = 1;
  let sum = 1;
  for (let n = 0; n < maxTerms; n++) {
    term *= ((a + n) * (b + n)) / ((c + n) * (n + 1)) * z;
    sum += term;
    if (Math.abs(term) <= 1e-15 * Math.abs(sum)) return sum;
    if (!Number.isFinite(sum)) break;
  }
  throw new DpmError("NOT_CONVERGED", `${fn}: the hypergeometric series 2F1(${a}, ${b}; ${c}; ${z}) did not converge in ${maxTerms} terms; shorten the horizon t or check the parameters`, { details: { a, b, c, z, lastSum: sum, lastTerm: term } });
}
