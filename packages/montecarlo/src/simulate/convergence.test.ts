import { defineModel } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { normal, simulate } from "../index.js";

const model = defineModel({ start: "2026", periods: 1, nodes: { x: { input: 0 }, y: { formula: "2 * x + 100" } } });

describe("simulate (convergence)", () => {
  it("records SE of the mean (σ/√n) and of percentiles after every chunk", () => {
    const r = simulate(model, {
      inputs: { x: normal(0, 5) },
      iterations: 80_000,
      chunkSize: 10_000,
      seed: 2,
      convergence: { output: "y", percentiles: [0.5, 0.95] },
    });
    const h = r.convergence?.history ?? [];
    expect(h.map((p) => p.iterations)).toEqual([10_000, 20_000, 30_000, 40_000, 50_000, 60_000, 70_000, 80_000]);
    const last = h[h.length - 1];
    // y ~ N(100, 10²): SE(mean) = 10/√n
    expect(last?.standardError).toBeCloseTo(10 / Math.sqrt(80_000), 2);
    // SE of the median of a normal = σ·√(π/2)/√n = 1.2533σ/√n (asymptotic); within 15%
    const median = last?.percentiles[0];
    expect(median?.p).toBe(0.5);
    expect(Math.abs((median?.standardError ?? 0) / ((1.2533 * 10) / Math.sqrt(80_000)) - 1)).toBeLessThan(0.15);
    // SE of P95: √(p(1−p)/n)/f(q) with f = φ(1.645)/σ = 0.10314/10
    expect(Math.abs((last?.percentiles[1]?.standardError ?? 0) / (Math.sqrt(0.95 * 0.05 / 80_000) / (0.10314 / 10)) - 1)).toBeLessThan(0.15);
    // SE shrinks like 1/√n: 8× the iterations → SE / √8
    expect(((h[0]?.standardError ?? 0) / (last?.standardError ?? 1)) / Math.sqrt(8)).toBeCloseTo(1, 1);
    expect(r.convergence?.converged).toBe(false);
  });

  it("stops at the first chunk where the target precision is reached", () => {
    // SE(mean) = 10/√n ≤ 0.05 needs n ≥ 40,000; SE(median) ≈ 12.53/√n ≤ 0.05 needs n ≥ 62,800
    const r = simulate(model, {
      inputs: { x: normal(0, 5) },
      iterations: 1_000_000,
      chunkSize: 10_000,
      seed: 3,
      convergence: { percentiles: [0.5], stopWhen: { standardError: 0.05 } },
    });
    expect(r.convergence?.converged).toBe(true);
    expect(r.iterations).toBeGreaterThanOrEqual(60_000);
    expect(r.iterations).toBeLessThanOrEqual(80_000);
    expect(r.requestedIterations).toBe(1_000_000);
    expect(r.summary("y").count).toBe(r.iterations);
  });

  it("supports a relative target and rejects bad settings", () => {
    const r = simulate(model, { inputs: { x: normal(0, 5) }, iterations: 200_000, chunkSize: 20_000, seed: 4, convergence: { percentiles: [], stopWhen: { relativeStandardError: 0.001 } } });
    // SE/|mean| = (10/√n)/100 ≤ 0.001 → n ≥ 10,000: the first chunk
    expect(r.iterations).toBe(20_000);
    expect(() => simulate(model, { inputs: { x: normal(0, 5) }, iterations: 10, convergence: { output: "x" as never } })).toThrow(/convergence.output "x" is not among the outputs/);
    expect(() => simulate(model, { inputs: { x: normal(0, 5) }, iterations: 10, convergence: { stopWhen: { standardError: 0 } } })).toThrow(/stopWhen targets must be > 0/);
  });
});
