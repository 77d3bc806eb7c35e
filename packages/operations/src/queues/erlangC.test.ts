import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import reference from "../../reference/queues.json" with { type: "json" };
import { erlangC } from "./erlangC.js";

describe("erlangC", () => {
  it("matches the exact factorial-sum Erlang C (reference/queues.py) including the published call-centre table", () => {
    for (const r of reference.erlangC) {
      const m = erlangC(r.arrivalRate, { servers: r.servers, serviceTime: r.serviceTime, targetWait: r.targetWait });
      expect(m.probWait).toBeCloseTo(r.probWait, 10);
      expect(m.meanWait).toBeCloseTo(r.meanWait, 8);
      expect(m.serviceLevel).toBeCloseTo(r.serviceLevel, 10);
    }
  });

  it("reproduces the standard table: 100 calls per 30 min, 3-minute calls, 20-second target", () => {
    // Widely published Erlang C table (10 erlangs): agents → P(wait), service level
    const table = [
      [11, 0.6821, 0.3896],
      [12, 0.4494, 0.6402],
      [13, 0.2853, 0.7956],
      [14, 0.1741, 0.8884],
    ] as const;
    for (const [c, pw, sl] of table) {
      const m = erlangC(100 / 1800, { servers: c, serviceTime: 180, targetWait: 20 });
      expect(m.probWait).toBeCloseTo(pw, 4);
      expect(m.serviceLevel).toBeCloseTo(sl, 4);
    }
  });

  it("is M/M/1 with one server: P(wait) = ρ, Wq = ρ s/(1−ρ), L = ρ/(1−ρ), and Little's law holds", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.98, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), (rho, s) => {
        const lambda = rho / s;
        const m = erlangC(lambda, { servers: 1, serviceTime: s, targetWait: s });
        expect(m.probWait).toBeCloseTo(rho, 10);
        expect(m.meanWait / ((rho * s) / (1 - rho))).toBeCloseTo(1, 10);
        expect(m.meanInSystem / (rho / (1 - rho))).toBeCloseTo(1, 10);
        expect(m.meanQueueLength).toBeCloseTo(lambda * m.meanWait, 10);
        // P(W ≤ t) = 1 − ρ e^{−(μ−λ)t}
        expect(m.serviceLevel).toBeCloseTo(1 - rho * Math.exp(-(1 / s - lambda) * s), 10);
      }),
    );
  });

  it("is stable for hundreds and thousands of servers", () => {
    const m = erlangC(950, { servers: 1000, serviceTime: 1, targetWait: 0.01 });
    expect(Number.isFinite(m.probWait)).toBe(true);
    // Halfin–Whitt: β = (c − a)/√a, P(wait) ≈ 1 / (1 + βΦ(β)/φ(β)) ≈ 0.065 here
    const beta = 50 / Math.sqrt(950);
    const phi = Math.exp(-beta * beta / 2) / Math.sqrt(2 * Math.PI);
    const Phi = 0.5 * (1 + erf(beta / Math.SQRT2));
    expect(m.probWait).toBeCloseTo(1 / (1 + (beta * Phi) / phi), 2);
    const big = erlangC(4900, { servers: 5000, serviceTime: 1 });
    expect(big.probWait).toBeGreaterThan(0);
    expect(big.probWait).toBeLessThan(1);
  });

  it("adding a server never raises P(wait)", () => {
    let last = 1;
    for (let c = 25; c < 40; c++) {
      const pw = erlangC(6, { servers: c, serviceTime: 4 }).probWait;
      expect(pw).toBeLessThan(last);
      last = pw;
    }
  });

  it("rejects an unstable queue, saying by how much and how many servers it needs", () => {
    const e = expectDpm(() => erlangC(6, { servers: 20, serviceTime: 4 }), "INVALID_ARGUMENT", "servers");
    expect(e.message).toContain("utilisation is 1.200");
    expect(e.message).toContain("20.0 % over capacity");
    expect(e.message).toContain("at least 25 servers (5 more)");
    expectDpm(() => erlangC(6, { servers: 24, serviceTime: 4 }), "INVALID_ARGUMENT");
  });

  it("rejects bad rates, times and options", () => {
    expectDpm(() => erlangC(-1, { servers: 2, serviceTime: 1 }), "INVALID_ARGUMENT", "arrivalRate");
    expectDpm(() => erlangC(1, { servers: 2, serviceTime: 0 }), "INVALID_ARGUMENT", "serviceTime");
    expectDpm(() => erlangC(Number.NaN, { servers: 2, serviceTime: 1 }), "NON_FINITE");
    expectDpm(() => erlangC(1, { servers: 2.5, serviceTime: 1 }), "INVALID_ARGUMENT", "servers");
    expectDpm(() => erlangC(1, { servers: 2, serviceTime: 1, targetWait: -1 }), "INVALID_ARGUMENT", "targetWait");
    expectDpm(() => erlangC(1, null as never), "INVALID_ARGUMENT", "options");
    expectDpm(() => erlangC(1, { servers: 2, serviceTime: 1, target: 1 } as never), "INVALID_ARGUMENT", "options.target");
  });
});

// Abramowitz–Stegun 7.1.26 (|error| < 1.5e-7), enough for a 2-decimal check
function erf(x: number): number {
  const t = 1 / (1 + 0.3275911 * x);
  return 1 - (((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t) * Math.exp(-x * x);
}
