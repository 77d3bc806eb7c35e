import { formatPeriod, isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
// The published reference values shipped beside the repository (../shared), as CI provides them.
import published from "../../../../../shared/reference/agents/published.json" with { type: "json" };
import { completeGraph } from "../networks/completeGraph.js";
import { randomMixing } from "../networks/randomMixing.js";
import { wattsStrogatz } from "../networks/wattsStrogatz.js";
import { bassAdoption } from "./bassAdoption.js";
import { bassCurve, bassDiscrete } from "./bassCurve.js";

const { p, q } = published.bass;

describe("bassAdoption", () => {
  it("matches the discrete Bass recursion within 5/√N on random mixing (N = 100,000)", () => {
    // Given F(t), new adopters are Binomial(N(1−F), p + qF): the per-step sd of F is ≤ 0.5/√N, and
    // imitation amplifies earlier deviations by at most (1 + q) per step over the few steps of
    // take-off, so 5/√N (the published bound) is a comfortable envelope.
    const N = 100_000;
    const run = bassAdoption({ size: N, p, q, steps: 20, seed: 2026, interaction: randomMixing(N) });
    const F = bassDiscrete(p, q, 20);
    published.bass.discreteF.t.forEach((t) => {
      expect(Math.abs((run.fraction.values[t] as number) - (F[t] as number))).toBeLessThan(5 / Math.sqrt(N));
    });
    expect(run.fraction.values[0]).toBe(0);
  });

  it("approaches the continuous curve with a small time step", () => {
    // Sampling error 5/√N plus the Euler error of the map, about 0.07·dt (0.07 at dt = 1 per the reference note).
    const N = 50_000;
    const dt = 0.02;
    const run = bassAdoption({ size: N, p, q, steps: 500, dt, seed: 7 });
    for (const t of [2, 5, 6.2, 10]) {
      const k = Math.round(t / dt);
      expect(Math.abs((run.fraction.values[k] as number) - bassCurve(p, q, k * dt))).toBeLessThan(5 / Math.sqrt(N) + 0.07 * dt);
    }
  });

  it("at dt = 1 sits about 0.07 below the continuous curve (the time step, not the agents)", () => {
    const run = bassAdoption({ size: 100_000, p, q, steps: 10, seed: 3 });
    const gap = bassCurve(p, q, 5) - (run.fraction.values[5] as number);
    expect(gap).toBeGreaterThan(0.04);
    expect(gap).toBeLessThan(0.08);
  });

  it("on a complete graph behaves like random mixing", () => {
    // On K_n an agent sees F' = adopters/(n−1) among its neighbours, the same fraction up to O(1/n).
    const N = 3000;
    const run = bassAdoption({ size: N, p, q, steps: 10, seed: 5, interaction: completeGraph(N) });
    const F = bassDiscrete(p, q, 10);
    for (const t of [2, 5, 10]) expect(Math.abs((run.fraction.values[t] as number) - (F[t] as number))).toBeLessThan(5 / Math.sqrt(N));
  });

  it("spreads more slowly on a clustered ring lattice than under random mixing", () => {
    const N = 20_000;
    const lattice = bassAdoption({ size: N, p, q, steps: 8, seed: 1, interaction: wattsStrogatz(N, 4, 0, { seed: 1 }) });
    const mixing = bassAdoption({ size: N, p, q, steps: 8, seed: 1 });
    expect(lattice.fraction.values[8] as number).toBeLessThan(mixing.fraction.values[8] as number);
    expect(lattice.fraction.values[8] as number).toBeGreaterThan(0);
  });

  it("returns consistent series on the period axis", () => {
    const run = bassAdoption({ size: 1000, p, q, steps: 6, seed: 1, start: "2026-Q3" });
    expect(formatPeriod(run.adopters.start)).toBe("2026-Q3");
    let sum = 0;
    for (let t = 1; t <= 6; t++) sum += run.newAdopters.values[t] as number;
    expect(sum).toBe(run.adopters.values[6]);
    expect(run.fraction.values[6]).toBe((run.adopters.values[6] as number) / 1000);
  });

  it("gives identical results for the same seed and different ones for another", () => {
    const a = bassAdoption({ size: 5000, p, q, steps: 10, seed: 42 });
    const b = bassAdoption({ size: 5000, p, q, steps: 10, seed: 42 });
    const c = bassAdoption({ size: 5000, p, q, steps: 10, seed: 43 });
    expect(Array.from(a.adopters.values)).toEqual(Array.from(b.adopters.values));
    expect(Array.from(a.adopters.values)).not.toEqual(Array.from(c.adopters.values));
  });

  it("rejects probabilities outside [0, 1], negative populations and mismatched networks", () => {
    const bad: Record<string, unknown>[] = [
      { size: 100, p: 1.5, q, steps: 5 },
      { size: 100, p: -0.1, q, steps: 5 },
      { size: 100, p, q: -0.2, steps: 5 },
      { size: -100, p, q, steps: 5 },
      { size: 100, p, q, steps: -1 },
      { size: 100, p, q, steps: 5, dt: 5 },
      { size: 100, p, q, steps: 5, interaction: completeGraph(50) },
    ];
    for (const options of bad) {
      let caught: unknown;
      try {
        bassAdoption(options as never);
      } catch (e) {
        caught = e;
      }
      expect(isDpmError(caught, "INVALID_ARGUMENT")).toBe(true);
    }
    expect(() => bassAdoption({ size: 100, p: 1.5, q, steps: 5 })).toThrow(/p must be a probability in \[0, 1\], got 1.5/);
  });

  it("checks size and steps limits first (1e9 used to run for minutes) and rejects unknown options", () => {
    const started = performance.now();
    expect(() => bassAdoption({ size: 1e9, p: 0.03, q: 0.38, steps: 10 })).toThrow(/size must be a whole number between 1 and 10,000,000/);
    expect(() => bassAdoption({ size: 1000, p: 0.03, q: 0.38, steps: 1e9 })).toThrow(/steps must be a whole number between 0 and 100,000/);
    expect(() => bassAdoption({ size: 1e6, p: 0.03, q: 0.38, steps: 10_000 })).toThrow(/over the limit of 1000000000/);
    expect(performance.now() - started).toBeLessThan(100);
    expect(() => bassAdoption({ size: 10, p: 0.03, q: 0.38, steps: 1, sead: 1 } as never)).toThrow(/Did you mean "seed"/);
  });
});
