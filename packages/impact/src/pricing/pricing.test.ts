import { readFileSync } from "node:fs";
import { createRng, DpmError } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crossPriceElasticities } from "./crossPriceElasticities.js";
import { optimalPrice } from "./optimalPrice.js";
import { priceElasticity } from "./priceElasticity.js";
import { priceWhatIf } from "./priceWhatIf.js";

interface Ref {
  quantity: number[]; price: number[]; promo: number[]; logCompetitor: number[]; season: number[];
  logLog: { estimate: number[]; seHC1: number[]; ciLowT: number; ciHighT: number };
  linear: { intercept: number; slope: number };
}
const ref = JSON.parse(readFileSync(new URL("../../reference/marketing/pricing.json", import.meta.url), "utf8")) as Ref;
const cig = readFileSync(new URL("../../reference/causal/cigarettes1995.csv", import.meta.url), "utf8").trim().split("\n").slice(1).map((l) => l.split(",").slice(1).map(Number));
const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DpmError);
    return (e as DpmError).code;
  }
  return "no error";
};

describe("optimalPrice", () => {
  it("constant elasticity: p* = c·e/(1+e) to 1e-9, and it maximises profit (property)", () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: -1.05, noNaN: true }), fc.double({ min: 0.1, max: 500, noNaN: true }), (e, c) => {
        const best = optimalPrice({ kind: "constantElasticity", elasticity: e, scale: 1000 }, { cost: c });
        expect(Math.abs(best.price - (c * e) / (1 + e))).toBeLessThanOrEqual(1e-9 * Math.max(1, best.price));
        const profit = (p: number) => (p - c) * 1000 * p ** e;
        expect(best.profit).toBeGreaterThanOrEqual(profit(best.price * 1.01));
        expect(best.profit).toBeGreaterThanOrEqual(profit(best.price * 0.99));
      }),
    );
  });
  it("linear and log-linear closed forms", () => {
    // q = 100 − 5p, c = 4: p* = (−5·4 − 100)/(−10) = 12; q = exp(3 − 0.25p), c = 4: p* = 4 + 4 = 8.
    expect(optimalPrice({ kind: "linear", intercept: 100, slope: -5 }, { cost: 4 }).price).toBeCloseTo(12, 12);
    expect(optimalPrice({ kind: "logLinear", intercept: 3, slope: -0.25 }, { cost: 4 }).price).toBeCloseTo(8, 12);
  });
  it("inelastic or upward-sloping demand → NO_SOLUTION; bad input → INVALID_ARGUMENT", () => {
    expect(code(() => optimalPrice({ kind: "constantElasticity", elasticity: -0.6 }, { cost: 1 }))).toBe("NO_SOLUTION");
    expect(code(() => optimalPrice({ kind: "linear", intercept: 10, slope: 1 }, { cost: 1 }))).toBe("NO_SOLUTION");
    expect(code(() => optimalPrice({ kind: "constantElasticity", elasticity: -2 }, { cost: -1 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => optimalPrice({ kind: "cubic" } as never, { cost: 1 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => optimalPrice({ kind: "constantElasticity", elasticity: -2 }, { cost: 0 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => optimalPrice({ kind: "constantElasticity", elasticity: -1e308 }, { cost: 10 }))).toBe("NON_FINITE");
  });
});

describe("priceWhatIf", () => {
  it("tabulates volume, revenue and profit", () => {
    const rows = priceWhatIf({ kind: "constantElasticity", elasticity: -2, scale: 400 }, { cost: 1, prices: [2, 4] });
    expect(rows[0]).toEqual({ price: 2, volume: 100, revenue: 200, profit: 100 });
    expect(rows[1]!.profit).toBeCloseTo(75, 12);
    expect(code(() => priceWhatIf({ kind: "linear", intercept: 1, slope: -1 }, { cost: 0, prices: [0] }))).toBe("INVALID_ARGUMENT");
  });
});

describe("priceElasticity", () => {
  it("matches statsmodels OLS with HC1 errors on a log-log demand with promotion, competitor price and season", () => {
    const e = priceElasticity({ quantity: ref.quantity, price: ref.price, controls: { promo: ref.promo, logCompetitor: ref.logCompetitor, season: ref.season } });
    expect(e.method).toBe("OLS");
    expect(e.elasticity).toBeCloseTo(ref.logLog.estimate[1]!, 10);
    expect(e.stdError).toBeCloseTo(ref.logLog.seHC1[1]!, 10);
    expect(e.ciLow).toBeCloseTo(ref.logLog.ciLowT, 8);
    expect(e.ciHigh).toBeCloseTo(ref.logLog.ciHighT, 8);
    const best = e.optimalPrice(6);
    expect(best.price).toBeCloseTo((6 * e.elasticity) / (1 + e.elasticity), 9);
    // The interval is the image of the elasticity interval through p*(e).
    expect(best.low).toBeCloseTo((6 * e.ciLow) / (1 + e.ciLow), 9);
    expect(best.high).toBeCloseTo((6 * e.ciHigh) / (1 + e.ciHigh), 9);
    expect(e.toString()).toContain("HC1");
  });
  it("linear model reproduces statsmodels' slope and intercept", () => {
    const e = priceElasticity({ quantity: ref.quantity, price: ref.price }, { model: "linear", covariance: "classical" });
    expect(e.slope).toBeCloseTo(ref.linear.slope, 8);
    expect(e.demand).toEqual({ kind: "linear", intercept: expect.closeTo(ref.linear.intercept, 8), slope: e.slope });
  });
  it("IV: CigarettesSW 1995 through two-stage least squares gives Stock & Watson's −1.08 and feeds the price optimiser", () => {
    // columns: lpacks, lrprice, lrincome, salestax, cigtax (logs of packs and real price)
    const e = priceElasticity({ quantity: cig.map((r) => Math.exp(r[0]!)), price: cig.map((r) => Math.exp(r[1]!)), instruments: { salestax: cig.map((r) => r[3]!) } });
    expect(e.method).toBe("2SLS");
    expect(e.elasticity).toBeCloseTo(-1.08, 2);
    expect(e.optimalPrice(1).price).toBeCloseTo(e.elasticity / (1 + e.elasticity), 9);
    expect(e.optimalPrice(1).high).toBe(Infinity); // the interval reaches inelastic demand
    expect(e.warnings.join(" ")).toContain("inelastic");
    expect(e.firstStageF!).toBeGreaterThan(10);
  });
  it("coverage: the 95 % interval covers a known elasticity at the nominal rate (1,000 seeded data sets)", () => {
    const rng = createRng("elasticity-coverage");
    const n = 80;
    let cover = 0;
    const R = 1000;
    for (let r = 0; r < R; r++) {
      const price = new Float64Array(n);
      const promo = new Float64Array(n);
      const comp = new Float64Array(n);
      const quantity = new Float64Array(n);
      for (let i = 0; i < n; i++) {
        price[i] = Math.exp(rng.normal(Math.log(10), 0.15));
        promo[i] = rng.next() < 0.25 ? 1 : 0;
        comp[i] = rng.normal(Math.log(9), 0.1);
        quantity[i] = Math.exp(4 - 1.8 * Math.log(price[i]!) + 0.3 * promo[i]! + 0.5 * comp[i]! + rng.normal(0, 0.15 * (1 + promo[i]!)));
      }
      const e = priceElasticity({ quantity, price, controls: { promo, logCompetitor: comp } });
      if (e.ciLow <= -1.8 && -1.8 <= e.ciHigh) cover++;
    }
    // Binomial sd at 0.95 with 1,000 draws is 0.0069; allow ±3 sd (HC1 is slightly liberal at n = 80).
    expect(Math.abs(cover / R - 0.95)).toBeLessThan(0.021);
  });
  it("bad input", () => {
    expect(code(() => priceElasticity({ quantity: [1, 0, 2, 3, 4], price: [1, 2, 3, 4, 5] }))).toBe("INVALID_ARGUMENT");
    expect(code(() => priceElasticity({ quantity: [1, 2], price: [1, 2] }))).toBe("TOO_SHORT");
    expect(code(() => priceElasticity({ quantity: [1, 2, 3, 4, 5], price: [1, 2, 3] }))).toBe("LENGTH_MISMATCH");
    expect(code(() => priceElasticity({ quantity: [1, 2, 3, 4, 5, 6], price: [1, 2, 3, 4, 5, 6], controls: { twice: [2, 4, 6, 8, 10, 12].map(Math.log) } }))).toBe("SINGULAR");
    expect(code(() => priceElasticity({ quantity: [1, 2, 3, 4, 5], price: [1, 2, 3, 4, 5] }, { modl: "x" } as never))).toBe("INVALID_ARGUMENT");
  });
});

describe("crossPriceElasticities", () => {
  it("recovers own and cross elasticities of three products", () => {
    const rng = createRng("cross");
    const n = 400;
    const P = [0, 1, 2].map(() => Float64Array.from({ length: n }, () => Math.exp(rng.normal(1.5, 0.15))));
    const truth = [
      [-2, 0.4, 0.1],
      [0.5, -1.5, -0.2],
      [0.1, -0.3, -1.2],
    ];
    const Q = truth.map((row) => Float64Array.from({ length: n }, (_, t) => Math.exp(5 + row.reduce((a, e, j) => a + e * Math.log(P[j]![t]!), 0) + rng.normal(0, 0.05))));
    const m = crossPriceElasticities({ quantities: { a: Q[0]!, b: Q[1]!, c: Q[2]! }, prices: { a: P[0]!, b: P[1]!, c: P[2]! } });
    truth.forEach((row, i) => row.forEach((e, j) => {
      expect(Math.abs(m.elasticities[i * 3 + j]! - e)).toBeLessThan(4 * m.stdErrors[i * 3 + j]!);
    }));
    expect(m.get("b", "c")).toBeLessThan(0); // complements
    expect(m.toString()).toContain("demand of");
    expect(code(() => crossPriceElasticities({ quantities: { a: Q[0]!, b: Q[1]! }, prices: { a: P[0]!, c: P[2]! } }))).toBe("INVALID_ARGUMENT");
  });
});
