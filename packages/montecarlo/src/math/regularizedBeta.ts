import { DpmError } from "@dpm/core";
import { HALF_LOG_2PI, logGamma, stirlingCorrection } from "./logGamma.js";
import { bd0 } from "./saddlePoint.js";

const EPS = 1e-16;
const TINY = 1e-300;

/** @internal ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b). */
export function logBeta(a: number, b: number): number {
  return logGamma(a) + logGamma(b) - logGamma(a + b);
}

/** Continued fraction for I_x(a, b) (Numerical Recipes `betacf`, modified Lentz). */
function betaContinuedFraction(a: number, b: number, x: number): number {
  const qab = a + b;
  const qap = a + 1;
  const qam = a - 1;
  let c = 1;
  let d = 1 - (qab * x) / qap;
  if (Math.abs(d) < TINY) d = TINY;
  d = 1 / d;
  let h = d;
  for (let m = 1; m < 10_000_000; m++) {
    const m2 = 2 * m;
    let aa = (m * (b - m) * x) / ((qam + m2) * (a + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    h *= d * c;
    aa = (-(a + m) * (qab + m) * x) / ((a + m2) * (qap + m2));
    d = 1 + aa * d;
    if (Math.abs(d) < TINY) d = TINY;
    c = 1 + aa / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) return h;
  }
  throw new DpmError("NOT_CONVERGED", `regularizedBeta: no convergence for a = ${a}, b = ${b}, x = ${x}.`);
}

/**
 * @internal The regularised incomplete beta function I_x(a, b) (`upper`: 1 − I_x(a, b) computed
 * directly as I_{1−x}(b, a)), by the continued fraction on whichever side converges fast
 * (x < (a + 1)/(a + b + 2)), as in Numerical Recipes §6.4.
 */
export function regularizedBeta(a: number, b: number, x: number, upper: boolean): number {
  if (x <= 0) return upper ? 1 : 0;
  if (x >= 1) return upper ? 0 : 1;
  const logFront = logBetaPrefactor(a, b, x);
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (Math.exp(logFront) * betaContinuedFraction(a, b, x)) / a;
    return upper ? 1 - lower : lower;
  }
  const tail = (Math.exp(logFront) * betaContinuedFraction(b, a, 1 - x)) / b;
  return upper ? tail : 1 - tail;
}

/**
 * @internal ln[x^a (1 − x)^b / B(a, b)]. For a, b ≥ 15 by Stirling's series and Loader's deviance
 * terms, −bd0(a, sx) − bd0(b, s(1 − x)) + ½ ln(ab/s) − ½ ln 2π + c(s) − c(a) − c(b) with s = a + b,
 * which avoids the cancellation of large ln Γ values (relative accuracy ~1e-15 instead of
 * ~1e-13 at a, b ≈ 500).
 */
export function logBetaPrefactor(a: number, b: number, x: number): number {
  if (a < 15 || b < 15) return a * Math.log(x) + b * Math.log1p(-x) - logBeta(a, b);
  const s = a + b;
  return (
    -bd0(a, s * x) - bd0(b, s * (1 - x)) + 0.5 * Math.log((a * b) / s) - HALF_LOG_2PI + stirlingCorrection(s) - stirlingCorrection(a) - stirlingCorrection(b)
  );
}
