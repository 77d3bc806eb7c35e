import { DpmError } from "@dpm/core";
import { HALF_LOG_2PI, logGamma, stirlingCorrection } from "./logGamma.js";

const EPS = 1e-16;
const TINY = 1e-300;

/**
 * @internal ln(x^a e^−x / Γ(a)), the factor in front of both the series and the continued
 * fraction. Above a = 15 it is written as −a(t − ln(1 + t)) + ½ ln a − ½ ln 2π − stirling(a) with
 * x = a(1 + t), which keeps full relative accuracy when a and x are large and close (the direct
 * form a ln x − x − ln Γ(a) cancels there).
 */
export function logGammaPrefactor(a: number, x: number): number {
  if (a < 15) return a * Math.log(x) - x - logGamma(a);
  const t = (x - a) / a;
  return -a * (t - Math.log1p(t)) + 0.5 * Math.log(a) - HALF_LOG_2PI - stirlingCorrection(a);
}

/**
 * @internal The regularised incomplete gamma functions P(a, x) = γ(a, x)/Γ(a) and Q = 1 − P, each
 * computed directly (never as 1 − the other when that would cancel): the power series for
 * x < a + 1, the Legendre continued fraction (modified Lentz) otherwise, as in Numerical Recipes
 * §6.2. `upper` selects Q.
 */
export function regularizedGamma(a: number, x: number, upper: boolean): number {
  if (x <= 0) return upper ? 1 : 0;
  if (x === Infinity) return upper ? 0 : 1;
  const pre = logGammaPrefactor(a, x);
  if (x < a + 1) {
    let ap = a;
    let del = 1 / a;
    let sum = del;
    for (let n = 0; n < 10_000_000; n++) {
      ap += 1;
      del *= x / ap;
      sum += del;
      if (Math.abs(del) < Math.abs(sum) * EPS) {
        const p = Math.exp(pre) * sum;
        return upper ? 1 - p : p;
      }
    }
  } else {
    let b = x + 1 - a;
    let c = 1 / TINY;
    let d = 1 / b;
    let h = d;
    for (let i = 1; i < 10_000_000; i++) {
      const an = -i * (i - a);
      b += 2;
      d = an * d + b;
      if (Math.abs(d) < TINY) d = TINY;
      c = b + an / c;
      if (Math.abs(c) < TINY) c = TINY;
      d = 1 / d;
      const del = d * c;
      h *= del;
      if (Math.abs(del - 1) < EPS) {
        const q = Math.exp(pre) * h;
        return upper ? q : 1 - q;
      }
    }
  }
  throw new DpmError("NOT_CONVERGED", `regularizedGamma: no convergence for a = ${a}, x = ${x}.`);
}
