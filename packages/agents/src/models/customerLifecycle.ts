import { createRng, DpmError, timeSeries, toPeriod, type PeriodLike, type Seed, type TimeSeries } from "@dpm/core";
import { assertCount, assertNumber, assertObject, assertProbability } from "../engine/validate.js";

/**
 * A price change in {@link customerLifecycle}: from `step` on, the price is `factor` × the list price.
 *
 * @category Models
 */
export interface PriceChange {
  /** First step with the new price (≥ 1). */
  readonly step: number;
  /** Price relative to the original list price, e.g. 1.1 for +10%. */
  readonly factor: number;
}

/**
 * Options for {@link customerLifecycle}.
 *
 * @category Models
 */
export interface CustomerLifecycleOptions {
  /** Market size: prospects plus customers (agents). */
  readonly size: number;
  /** Number of steps. */
  readonly steps: number;
  /** Customers at step 0 (default 0). */
  readonly initialCustomers?: number;
  /** Per-step probability that a prospect is acquired by marketing (default 0.01). */
  readonly acquisition?: number;
  /** Extra per-step acquisition probability per unit of customer share (referrals, default 0). */
  readonly referral?: number;
  /** Per-step probability that an active customer buys (default 0.5). */
  readonly purchaseProbability?: number;
  /** Revenue per purchase at the list price (default 1). */
  readonly spend?: number;
  /** Baseline churn intensity λ0 per step (default 0.02). */
  readonly baseChurn?: number;
  /** Effect of satisfaction on churn, β_s (default −0.5: happier customers stay). */
  readonly satisfactionEffect?: number;
  /** Effect of the relative price change on churn, β_p (default 2). */
  readonly priceEffect?: number;
  /** Standard deviation of satisfaction across customers (default 1; 0 for identical customers). */
  readonly satisfactionSd?: number;
  /** Price changes over the run. */
  readonly priceChanges?: readonly PriceChange[];
  /** Random seed (default 0). */
  readonly seed?: Seed;
  /** First period of the output (default `"2026-01"`). */
  readonly start?: PeriodLike;
}

/**
 * The result of {@link customerLifecycle}: series of `steps + 1` values on the period axis, ready
 * to feed a core driver model (e.g. as the `customers` or `revenue` input).
 *
 * @category Models
 */
export interface CustomerLifecycleResult {
  /** Active customers at the end of each step. */
  readonly customers: TimeSeries;
  /** Customers acquired in each step. */
  readonly acquired: TimeSeries;
  /** Customers lost in each step. */
  readonly churned: TimeSeries;
  /** Revenue in each step: purchases × spend × price factor. */
  readonly revenue: TimeSeries;
  /** The seed path used. */
  readonly seed: string;
}

/**
 * Customer lifecycle: acquisition → activity → churn, one agent per prospect/customer.
 *
 * States (`Uint8Array`): 0 prospect, 1 active customer, 2 lost (does not come back). Each
 * customer gets a satisfaction score s_i ~ Normal(0, satisfactionSd) when acquired. Each step,
 * in this order, using the state at the start of the step:
 * 1. a prospect is acquired with probability `acquisition + referral × (customers / size)`;
 * 2. an active customer churns with hazard h_i(t) = 1 − exp(−λ0 · exp(β_s·s_i + β_p·(price(t) − 1))),
 *    a proportional-hazards form where price(t) is the price factor in force (1 = list price);
 * 3. a remaining active customer buys with probability `purchaseProbability`, paying
 *    `spend × price(t)`.
 * Newly acquired customers start buying the step after they join.
 *
 * @param options - market size, steps, acquisition, purchase, churn and price parameters, seed
 * @returns customers, acquired, churned and revenue series
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for probabilities outside [0, 1], a negative size,
 *   initial customers above the market size, or a price change at step 0 or with a factor ≤ 0
 *
 * @example
 * ```ts
 * import { customerLifecycle } from "@dpm/agents";
 *
 * const run = customerLifecycle({ size: 1000, steps: 12, initialCustomers: 200, seed: 1 });
 * run.customers.length; // => 13
 * run.customers.values[0]; // => 200
 * ```
 *
 * @category Models
 */
export function customerLifecycle(options: CustomerLifecycleOptions): CustomerLifecycleResult {
  const fn = "customerLifecycle";
  assertObject(options, "options", fn);
  const { size, steps } = options;
  assertCount(size, "size", fn, 1);
  assertCount(steps, "steps", fn);
  const initial = options.initialCustomers ?? 0;
  assertCount(initial, "initialCustomers", fn, 0, size);
  const acquisition = options.acquisition ?? 0.01;
  const referral = options.referral ?? 0;
  const buy = options.purchaseProbability ?? 0.5;
  assertProbability(acquisition, "acquisition", fn);
  assertProbability(referral, "referral", fn);
  assertProbability(buy, "purchaseProbability", fn);
  if (acquisition + referral > 1) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: acquisition + referral must be ≤ 1 (it is a probability when everyone is a customer).`, { path: "referral" });
  }
  const spend = options.spend ?? 1;
  const lambda0 = options.baseChurn ?? 0.02;
  const bs = options.satisfactionEffect ?? -0.5;
  const bp = options.priceEffect ?? 2;
  const sd = options.satisfactionSd ?? 1;
  assertNumber(spend, "spend", fn);
  assertNumber(lambda0, "baseChurn", fn);
  assertNumber(bs, "satisfactionEffect", fn);
  assertNumber(bp, "priceEffect", fn);
  assertNumber(sd, "satisfactionSd", fn);
  if (lambda0 < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: baseChurn must be ≥ 0, got ${lambda0}.`, { path: "baseChurn" });
  if (sd < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: satisfactionSd must be ≥ 0, got ${sd}.`, { path: "satisfactionSd" });
  const priceAt = new Float64Array(steps + 1).fill(1);
  const changes = options.priceChanges ?? [];
  if (!Array.isArray(changes)) throw new DpmError("INVALID_ARGUMENT", `${fn}: priceChanges must be an array of { step, factor }.`, { path: "priceChanges" });
  [...changes]
    .map((c: PriceChange, k) => {
      assertObject(c, `priceChanges[${k}]`, fn);
      assertCount(c.step, `priceChanges[${k}].step`, fn, 1);
      assertNumber(c.factor, `priceChanges[${k}].factor`, fn);
      if (c.factor <= 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: priceChanges[${k}].factor must be > 0, got ${c.factor}.`, { path: `priceChanges[${k}].factor` });
      return c;
    })
    .sort((a, b) => a.step - b.step)
    .forEach((c) => {
      for (let t = c.step; t <= steps; t++) priceAt[t] = c.factor;
    });

  const rng = createRng(options.seed ?? 0);
  const next = rng.fork("steps").next;
  const satRng = rng.fork("satisfaction");
  const state = new Uint8Array(size);
  const sat = new Float64Array(size);
  for (let i = 0; i < initial; i++) {
    state[i] = 1;
    sat[i] = sd === 0 ? 0 : satRng.normal(0, sd);
  }
  // Precompute each customer's multiplier exp(β_s s_i) once: the hot loop only multiplies.
  const risk = new Float64Array(size);
  for (let i = 0; i < initial; i++) risk[i] = Math.exp(bs * (sat[i] as number));

  const customers = new Float64Array(steps + 1);
  const acquired = new Float64Array(steps + 1);
  const churned = new Float64Array(steps + 1);
  const revenue = new Float64Array(steps + 1);
  let active = initial;
  customers[0] = active;
  for (let t = 1; t <= steps; t++) {
    const pAcq = acquisition + (referral * active) / size;
    const lambda = lambda0 * Math.exp(bp * ((priceAt[t] as number) - 1));
    const price = spend * (priceAt[t] as number);
    let joined = 0;
    let lost = 0;
    let purchases = 0;
    for (let i = 0; i < size; i++) {
      const s = state[i];
      if (s === 0) {
        if (next() < pAcq) {
          state[i] = 3; // joined this step: becomes active after the loop
          joined++;
        }
      } else if (s === 1) {
        if (next() < 1 - Math.exp(-lambda * (risk[i] as number))) {
          state[i] = 2;
          lost++;
        } else if (next() < buy) {
          purchases++;
        }
      }
    }
    if (joined > 0) {
      for (let i = 0; i < size; i++) {
        if (state[i] === 3) {
          state[i] = 1;
          const z = sd === 0 ? 0 : satRng.normal(0, sd);
          sat[i] = z;
          risk[i] = Math.exp(bs * z);
        }
      }
    }
    active += joined - lost;
    customers[t] = active;
    acquired[t] = joined;
    churned[t] = lost;
    revenue[t] = purchases * price;
  }
  const start = toPeriod(options.start ?? "2026-01");
  return {
    customers: timeSeries(start, customers, { name: "customers" }),
    acquired: timeSeries(start, acquired, { name: "acquired" }),
    churned: timeSeries(start, churned, { name: "churned" }),
    revenue: timeSeries(start, revenue, { name: "revenue" }),
    seed: rng.seed,
  };
}
