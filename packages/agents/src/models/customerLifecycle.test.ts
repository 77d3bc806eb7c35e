import { isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { customerLifecycle } from "./customerLifecycle.js";

const within = (x: number, n: number, pr: number) => Math.abs(x - n * pr) < 5 * Math.sqrt(n * pr * (1 - pr));

describe("customerLifecycle", () => {
  it("follows exponential survival exp(−λ0 t) with a constant hazard and no acquisition", () => {
    const N = 50_000;
    const lambda = 0.05;
    const run = customerLifecycle({ size: N, steps: 12, initialCustomers: N, acquisition: 0, baseChurn: lambda, satisfactionSd: 0, seed: 1 });
    for (const t of [1, 6, 12]) expect(within(run.customers.values[t] as number, N, Math.exp(-lambda * t))).toBe(true);
  });

  it("raises the hazard to λ0·exp(β_p·(price − 1)) after a price increase", () => {
    const N = 100_000;
    const run = customerLifecycle({
      size: N,
      steps: 2,
      initialCustomers: N,
      acquisition: 0,
      baseChurn: 0.05,
      priceEffect: 3,
      satisfactionSd: 0,
      priceChanges: [{ step: 2, factor: 1.2 }],
      seed: 2,
    });
    const c1 = run.customers.values[1] as number;
    const h2 = 1 - Math.exp(-0.05 * Math.exp(3 * 0.2));
    expect(within(run.churned.values[2] as number, c1, h2)).toBe(true);
  });

  it("makes satisfied customers stay longer (β_s < 0)", () => {
    // With s ~ N(0, σ²): E[λ] = λ0·e^{β²σ²/2} > λ0 at first, but survivors are the satisfied ones, so
    // after long enough the survival exceeds exp(−λ0 t) — compare with the homogeneous run.
    const base = { size: 20_000, steps: 60, initialCustomers: 20_000, acquisition: 0, baseChurn: 0.05, satisfactionEffect: -1, seed: 3 };
    const mixed = customerLifecycle({ ...base, satisfactionSd: 1 });
    const same = customerLifecycle({ ...base, satisfactionSd: 0 });
    expect(mixed.customers.values[60] as number).toBeGreaterThan(same.customers.values[60] as number);
  });

  it("acquires prospects with probability a: prospects left = (1 − a)^t", () => {
    const N = 50_000;
    const a = 0.1;
    const run = customerLifecycle({ size: N, steps: 5, acquisition: a, baseChurn: 0, seed: 4 });
    expect(within(N - (run.customers.values[5] as number), N, (1 - a) ** 5)).toBe(true);
    let acquired = 0;
    for (let t = 1; t <= 5; t++) acquired += run.acquired.values[t] as number;
    expect(acquired).toBe(run.customers.values[5]);
  });

  it("earns revenue = purchases × spend × price, purchases ~ Binomial(customers, b)", () => {
    const N = 40_000;
    const run = customerLifecycle({ size: N, steps: 3, initialCustomers: N, acquisition: 0, baseChurn: 0.02, purchaseProbability: 0.3, spend: 8, priceChanges: [{ step: 3, factor: 1.25 }], seed: 5 });
    for (const t of [1, 2]) expect(within((run.revenue.values[t] as number) / 8, run.customers.values[t] as number, 0.3)).toBe(true);
    expect(within((run.revenue.values[3] as number) / 10, run.customers.values[3] as number, 0.3)).toBe(true);
    expect(run.revenue.values[0]).toBe(0);
  });

  it("gives identical results for the same seed", () => {
    const o = { size: 3000, steps: 10, initialCustomers: 500, referral: 0.2, seed: 8 };
    expect(Array.from(customerLifecycle(o).revenue.values)).toEqual(Array.from(customerLifecycle(o).revenue.values));
  });

  it("rejects bad input with DpmError", () => {
    const cases: Record<string, unknown>[] = [
      { size: -1, steps: 5 },
      { size: 10, steps: 5, acquisition: 1.2 },
      { size: 10, steps: 5, purchaseProbability: -0.1 },
      { size: 10, steps: 5, initialCustomers: 11 },
      { size: 10, steps: 5, baseChurn: -0.1 },
      { size: 10, steps: 5, priceChanges: [{ step: 0, factor: 1.1 }] },
      { size: 10, steps: 5, priceChanges: [{ step: 2, factor: 0 }] },
      { size: 10, steps: 5, acquisition: 0.6, referral: 0.6 },
    ];
    for (const options of cases) {
      let caught: unknown;
      try {
        customerLifecycle(options as never);
      } catch (e) {
        caught = e;
      }
      expect(isDpmError(caught, "INVALID_ARGUMENT")).toBe(true);
    }
  });
});
