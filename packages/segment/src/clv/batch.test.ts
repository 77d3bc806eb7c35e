import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bgNbdExpectedTransactions } from "./bgNbdExpectedTransactions.js";
import { bgNbdExpectedTransactionsBatch } from "./bgNbdExpectedTransactionsBatch.js";
import { bgNbdProbabilityAlive } from "./bgNbdProbabilityAlive.js";
import { bgNbdProbabilityAliveBatch } from "./bgNbdProbabilityAliveBatch.js";
import { customerLifetimeValue } from "./customerLifetimeValue.js";
import { customerLifetimeValueBatch } from "./customerLifetimeValueBatch.js";
import { gammaGammaExpectedSpend } from "./gammaGammaExpectedSpend.js";
import { gammaGammaExpectedSpendBatch } from "./gammaGammaExpectedSpendBatch.js";

const customer = fc
  .tuple(fc.integer({ min: 0, max: 60 }), fc.double({ min: 0.01, max: 1, noNaN: true }), fc.double({ min: 0.1, max: 80, noNaN: true }), fc.double({ min: 1, max: 500, noNaN: true }))
  .map(([x, frac, T, m]) => ({ x, tx: x === 0 ? 0 : frac * T, T, m: x === 0 ? 0 : m }));
const bgParams = fc.record({
  r: fc.double({ min: 0.05, max: 5, noNaN: true }),
  alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
  a: fc.double({ min: 0.05, max: 5, noNaN: true }).filter((a) => Math.abs(a - 1) > 1e-3),
  b: fc.double({ min: 0.05, max: 10, noNaN: true }),
});
const ggParams = fc.record({ p: fc.double({ min: 0.5, max: 20, noNaN: true }), q: fc.double({ min: 1.1, max: 20, noNaN: true }), v: fc.double({ min: 0.5, max: 100, noNaN: true }) });

function columns(cs: { x: number; tx: number; T: number; m: number }[]) {
  return { frequency: Float64Array.from(cs, (c) => c.x), recency: Float64Array.from(cs, (c) => c.tx), T: Float64Array.from(cs, (c) => c.T), monetary: Float64Array.from(cs, (c) => c.m) };
}

describe("batch (column) functions equal the scalar functions", () => {
  it("P(alive), E[Y(t)], expected spend and CLV, element by element, into a caller buffer", () => {
    fc.assert(
      fc.property(fc.array(customer, { minLength: 1, maxLength: 25 }), bgParams, ggParams, fc.double({ min: 0, max: 30, noNaN: true }), (cs, bg, gg, t) => {
        const data = columns(cs);
        const before = structuredClone(data);
        const out = new Float64Array(cs.length);
        expect(bgNbdProbabilityAliveBatch(bg, data, out)).toBe(out);
        cs.forEach((c, i) => expect(out[i]).toBe(bgNbdProbabilityAlive(bg, c.x, c.tx, c.T)));
        const e = bgNbdExpectedTransactionsBatch(bg, data, t);
        cs.forEach((c, i) => expect(e[i]).toBe(bgNbdExpectedTransactions(bg, c.x, c.tx, c.T, t)));
        const s = gammaGammaExpectedSpendBatch(gg, data.frequency, data.monetary);
        cs.forEach((c, i) => expect(s[i]).toBe(gammaGammaExpectedSpend(gg, c.x, c.m)));
        const opts = { periods: 4, periodLength: 2.5, discountRate: 0.02 };
        const clv = customerLifetimeValueBatch(bg, gg, data, opts);
        cs.forEach((c, i) => expect(clv[i]).toBe(customerLifetimeValue(bg, gg, c.x, c.tx, c.T, c.m, opts)));
        expect(data).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it("rejects bad columns and buffers with actionable errors", () => {
    const bg = { r: 0.24, alpha: 4.4, a: 0.79, b: 2.4 };
    expect(() => bgNbdProbabilityAliveBatch(bg, { frequency: [1, 2], recency: [1], T: [2, 3] })).toThrow(/same length/);
    expect(() => bgNbdProbabilityAliveBatch(bg, { frequency: [1], recency: [1], T: [2] }, new Float64Array(2))).toThrow(/out must be a Float64Array of length 1/);
    expect(() => bgNbdExpectedTransactionsBatch(bg, { frequency: [1.5], recency: [1], T: [2] }, 1)).toThrow(/data\[0\]\.frequency must be a whole number/);
    expect(() => bgNbdExpectedTransactionsBatch(bg, { frequency: [1], recency: [3], T: [2] }, 1)).toThrow(/T must be/);
    expect(() => bgNbdExpectedTransactionsBatch(bg, { frequency: [1], recency: [NaN], T: [2] }, 1)).toThrow(/recency/);
    expect(() => customerLifetimeValueBatch(bg, { p: 6, q: 4, v: 15 }, { frequency: [1], recency: [1], T: [2] }, { periods: 2, discountRate: 0 })).toThrow(/monetary/);
    expect(() => customerLifetimeValueBatch(bg, { p: 6, q: 0.5, v: 15 }, { frequency: [1], recency: [1], T: [2], monetary: [3] }, { periods: 2, discountRate: 0 })).toThrow(/q must be > 1/);
    expect(() => gammaGammaExpectedSpendBatch({ p: 6, q: 4, v: 15 }, [1], [-3])).toThrow(/monetary\[0\]/);
  });
});
