import { DpmError } from "@dpm/core";
import { hyp2f1 } from "../internal/hyp2f1.js";
import { checkFinite, checkParams } from "./BgNbdParams.js";
import type { BgNbdParams } from "./BgNbdParams.js";

/**
 * E[X(t)]: expected repeat transactions of a randomly chosen new customer in a period of length `t`
 * (Fader, Hardie & Lee 2005, eq. 9). Multiply by cohort sizes for population curves.
 *
 * @param params - fitted BG/NBD parameters
 * @param t - period length (≥ 0, the model's time unit)
 * @returns expected number of transactions in (0, t]
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT`; `NOT_CONVERGED` when the 2F1 series does not converge
 *
 * @example
 * ```ts
 * import { bgNbdExpectedPopulation } from "@dpm/segment";
 *
 * const p = { r: 0.242593, alpha: 4.413532, a: 0.792886, b: 2.425752 };
 * bgNbdExpectedPopulation(p, 78).toFixed(3); // => "1.858"
 * ```
 *
 * @category CLV
 */
export function bgNbdExpectedPopulation(params: BgNbdParams, t: number): number {
  const fn = "bgNbdExpectedPopulation";
  checkParams(params, fn);
  if (!(typeof t === "number" && Number.isFinite(t) && t >= 0)) throw new DpmError("INVALID_ARGUMENT", `${fn}: t must be finite and ≥ 0, got ${t}`, { path: "t" });
  const { r, alpha, a, b } = params;
  if (Math.abs(a - 1) < 1e-12) throw new DpmError("INVALID_ARGUMENT", `${fn}: params.a = 1 makes the closed form singular`, { path: "params.a" });
  const lnPow = r * (Math.log(alpha) - Math.log(alpha + t));
  return checkFinite(((a + b - 1) / (a - 1)) * (1 - Math.exp(lnPow) * hyp2f1(r, b, a + b - 1, t / (alpha + t), fn)), fn, "the expected population transactions");
}
