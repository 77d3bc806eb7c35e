import { DpmError } from "@dpm/core";
import { assertCount, assertNumber, assertProbability } from "../engine/validate.js";

function checkPq(p: number, q: number, fn: string): void {
  assertProbability(p, "p", fn);
  assertNumber(q, "q", fn);
  if (q < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: q (imitation) must be ≥ 0, got ${q}.`, { path: "q" });
  if (p === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: p (innovation) must be > 0, or nobody ever adopts.`, { path: "p" });
}

/**
 * The continuous Bass (1969) adoption curve: the cumulative adopted fraction
 * F(t) = (1 − e^{−(p+q)t}) / (1 + (q/p)·e^{−(p+q)t}), solution of dF/dt = (p + qF)(1 − F), F(0) = 0.
 *
 * @param p - coefficient of innovation, in (0, 1]
 * @param q - coefficient of imitation, ≥ 0
 * @param t - time in steps, ≥ 0
 * @returns F(t) in [0, 1)
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for p outside (0, 1], q < 0 or t < 0
 *
 * @example
 * ```ts
 * import { bassCurve } from "@dpm/agents";
 *
 * bassCurve(0.03, 0.38, 10).toFixed(6); // => "0.812803"
 * ```
 *
 * @category Models
 */
export function bassCurve(p: number, q: number, t: number): number {
  checkPq(p, q, "bassCurve");
  assertNumber(t, "t", "bassCurve");
  if (t < 0) throw new DpmError("INVALID_ARGUMENT", `bassCurve: t must be ≥ 0, got ${t}.`, { path: "t" });
  const e = Math.exp(-(p + q) * t);
  // e underflows to 0 long before q/p can overflow to Infinity matters (0 · ∞ would be NaN): F = 1 there.
  return e === 0 ? 1 : (1 - e) / (1 + (q / p) * e);
}

/**
 * The peak of the continuous Bass curve: time t* = ln(q/p)/(p+q), adopted fraction
 * F(t*) = (q − p)/(2q) and adoption rate f(t*) = (p + q)²/(4q) (for q > p; otherwise the peak is at 0).
 *
 * @param p - coefficient of innovation, in (0, 1]
 * @param q - coefficient of imitation, ≥ 0
 * @returns `{ time, fraction, rate }`
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for p outside (0, 1] or q < 0
 *
 * @example
 * ```ts
 * import { bassPeak } from "@dpm/agents";
 *
 * const peak = bassPeak(0.03, 0.38);
 * peak.time.toFixed(2); // => "6.19"
 * peak.fraction.toFixed(4); // => "0.4605"
 * ```
 *
 * @category Models
 */
export function bassPeak(p: number, q: number): { time: number; fraction: number; rate: number } {
  checkPq(p, q, "bassPeak");
  if (q <= p) return { time: 0, fraction: 0, rate: p };
  // Written so that no intermediate overflows for q up to Number.MAX_VALUE.
  return { time: Math.log(q / p) / (p + q), fraction: 0.5 - p / (2 * q), rate: 0.25 * ((p + q) / q) * (p + q) };
}

/**
 * The discrete Bass map F(t+1) = F(t) + (p + q·F(t))·(1 − F(t)), F(0) = 0 — the expected adopted
 * fraction of the time-stepped random-mixing ABM ({@link bassAdoption} with `dt = 1`).
 * With a time step `dt`, F(t+dt) = F(t) + dt·(p + q·F(t))·(1 − F(t)), which tends to {@link bassCurve} as dt → 0.
 *
 * @param p - coefficient of innovation, in (0, 1]
 * @param q - coefficient of imitation, ≥ 0
 * @param steps - number of steps
 * @param dt - time step (default 1), with (p + q)·dt ≤ 1
 * @returns F(0 … steps), length steps + 1
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for bad p, q, steps or dt
 *
 * @example
 * ```ts
 * import { bassDiscrete } from "@dpm/agents";
 *
 * bassDiscrete(0.03, 0.38, 2)[2].toFixed(6); // => "0.070158"
 * ```
 *
 * @category Models
 */
export function bassDiscrete(p: number, q: number, steps: number, dt = 1): Float64Array {
  checkPq(p, q, "bassDiscrete");
  assertCount(steps, "steps", "bassDiscrete");
  checkDt(p, q, dt, "bassDiscrete");
  const F = new Float64Array(steps + 1);
  for (let t = 1; t <= steps; t++) {
    const f = F[t - 1] as number;
    F[t] = f + dt * (p + q * f) * (1 - f);
  }
  return F;
}

/** @internal */
export function checkDt(p: number, q: number, dt: number, fn: string): void {
  assertNumber(dt, "dt", fn);
  if (!(dt > 0) || (p + q) * dt > 1) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: dt must be > 0 with (p + q)·dt ≤ 1 so per-step adoption is a probability, got dt = ${dt} (max ${1 / (p + q)}).`, {
      path: "dt",
    });
  }
}

/** @internal */
export { checkPq };
