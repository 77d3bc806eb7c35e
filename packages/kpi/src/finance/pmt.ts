import { checkOptions, DpmError } from "@dpm/core";
import { describe, finite, rate as checkRate } from "../internal/checks.js";

/**
 * Options for {@link pmt}.
 *
 * @category Finance
 */
export interface PmtOptions {
  /** Balance wanted after the last payment (default 0: the loan is repaid). */
  readonly futureValue?: number;
  /** When payments are made: 0 = end of each period (default, a loan), 1 = beginning (a lease, rent). */
  readonly type?: 0 | 1;
}

/**
 * The constant payment per period that turns `presentValue` into `futureValue` over `periods`
 * periods at `rate` per period — the spreadsheet `PMT(rate, nper, pv, [fv], [type])`, with its sign
 * convention (money received positive, money paid negative, so a loan received gives a negative
 * payment):
 *
 * `pmt = −(rate · (pv · (1 + rate)^n + fv)) / ((1 + rate · type) · ((1 + rate)^n − 1))`,
 * and for `rate = 0` the closed form `−(pv + fv) / n`.
 *
 * - **Unit:** currency per period.
 * - **Direction:** none (a quantity, not a performance measure).
 *
 * @param rate - interest rate per period (> −1; a 6 % annual loan paid monthly has 0.06 / 12)
 * @param periods - number of payments (> 0)
 * @param presentValue - the amount now (a loan received: positive)
 * @param options - `futureValue` (default 0), `type` 0 (end, default) or 1 (beginning)
 * @returns the payment per period
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for periods ≤ 0, a rate ≤ −1 or a type other than
 *   0/1; `NON_FINITE`
 *
 * @example
 * ```ts
 * import { pmt } from "@dpm/kpi";
 *
 * // Microsoft's PMT examples: -$1,037.03 and -$129.08
 * pmt(0.08 / 12, 10, 10_000).toFixed(2); // => "-1037.03"
 * pmt(0.06 / 12, 18 * 12, 0, { futureValue: 50_000 }).toFixed(2); // => "-129.08"
 * pmt(0, 12, 1_200); // => -100
 * ```
 *
 * @category Finance
 */
export function pmt(rate: number, periods: number, presentValue: number, options: PmtOptions = {}): number {
  checkOptions(options, ["futureValue", "type"], "pmt");
  const fn = "pmt";
  checkRate(rate, "rate", fn);
  finite(periods, "periods", fn);
  if (periods <= 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: periods must be > 0, got ${describe(periods)}.`, { path: "periods", details: { value: periods } });
  }
  finite(presentValue, "presentValue", fn);
  const fv = finite(options.futureValue ?? 0, "options.futureValue", fn);
  const type = options.type ?? 0;
  if (type !== 0 && type !== 1) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.type must be 0 (end of period) or 1 (beginning), got ${describe(type)}.`, { path: "options.type" });
  }
  if (rate === 0) return -(presentValue + fv) / periods;
  // (1 + rate)^n − 1 via expm1/log1p: accurate for tiny rates as well.
  const growthMinusOne = Math.expm1(periods * Math.log1p(rate));
  const growth = growthMinusOne + 1;
  // Past double range the annuity is a perpetuity: the limit of the formula as growth → ∞.
  const payment = Number.isFinite(growth)
    ? -(rate * (presentValue * growth + fv)) / ((1 + rate * type) * growthMinusOne)
    : -(rate * presentValue) / (1 + rate * type);
  if (!Number.isFinite(payment)) {
    throw new DpmError("NON_FINITE", `${fn}: the payment overflows double precision (${String(payment)}); rescale the amounts, e.g. work in thousands.`, {
      details: { value: payment },
    });
  }
  return payment;
}
