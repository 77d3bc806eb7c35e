import { brentRoot } from "@dpm/core";

/**
 * @internal The root of a continuous `f` on [lo, hi] where f(lo) and f(hi) differ in sign: core's
 * Brent (R's zeroin) with an absolute tolerance on x, returning its best point at the iteration cap.
 */
export function findRoot(f: (x: number) => number, lo: number, hi: number, tolerance = 1e-12): number {
  return brentRoot(f, { lower: lo, upper: hi, tolerance, maxIterations: 300, onNotConverged: "return" }).x;
}
