import { createRng, timeSeries } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/reference.js";
import { detectAnomalies, iqrScores, robustZ } from "./detectAnomalies.js";

/** Trend + season + bounded uniform noise: the robust z of uniform noise stays below about 1.4. */
function clean(n: number, m: number, amp: number, noise: number, phase: number): number[] {
  const rng = createRng(phase);
  return Array.from({ length: n }, (_, t) => 200 + 0.8 * t + amp * Math.sin((2 * Math.PI * (t + phase)) / m) + noise * rng.uniform(-1, 1));
}

describe("detectAnomalies", () => {
  it("robust z matches a hand computation", () => {
    // median 3, |dev| = 2,1,0,1,7 → MAD 1 → scale 1.4826
    const z = robustZ(Float64Array.from([1, 2, 3, 4, 10]));
    expect(z[4]).toBeCloseTo(7 / 1.4826, 12);
    expect(z[0]).toBeCloseTo(-2 / 1.4826, 12);
    // type-7 quartiles of 1…8: 2.75 and 6.25, IQR 3.5
    const q = iqrScores(Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 20]));
    expect(q[8]).toBeCloseTo((20 - 7) / (7 - 3), 12);
    expect(q[4]).toBe(0);
  });

  it("property: injected spikes are found, and only they", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(4, 12),
        fc.integer({ min: 0, max: 11 }),
        fc.uniqueArray(fc.integer({ min: 2, max: 93 }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom(-1, 1), { minLength: 3, maxLength: 3 }),
        fc.constantFrom<"robustZ" | "iqr">("robustZ", "iqr"),
        (m, phase, where, signs, score) => {
          const y = clean(96, m, 15, 2, phase);
          where.forEach((t, i) => {
            y[t] = (y[t] as number) + (signs[i] as number) * 40;
          });
          const found = detectAnomalies(y, { period: m, score });
          expect(found.anomalies.map((a) => a.index)).toEqual([...where].sort((a, b) => a - b));
          for (const a of found.anomalies) expect(Math.sign(a.score)).toBe(signs[where.indexOf(a.index)]);
        },
      ),
      { numRuns: 40 },
    );
  });

  it("property: a clean series has nothing flagged (STL, classical and non-seasonal)", () => {
    fc.assert(
      fc.property(fc.constantFrom(1, 4, 12), fc.integer({ min: 0, max: 11 }), fc.double({ min: 0.5, max: 5, noNaN: true }), (m, phase, noise) => {
        const y = clean(120, Math.max(m, 6), m === 1 ? 0 : 10, noise, phase);
        expect(detectAnomalies(y, { period: m }).anomalies).toEqual([]);
        if (m > 1) expect(detectAnomalies(y, { period: m, method: "classical" }).anomalies).toEqual([]);
      }),
      { numRuns: 30 },
    );
  });

  it("reports labels, expected values and scores, and finds a dip in a non-seasonal series", () => {
    const values = clean(40, 6, 0, 1, 3);
    values[17] = (values[17] as number) - 30;
    const r = detectAnomalies(timeSeries("2020-01", values), { period: 1 });
    expect(r.method).toBe("trend");
    expect(r.anomalies).toHaveLength(1);
    const a = r.anomalies[0];
    expect(a?.period).toBe("2021-06");
    expect(a?.value).toBe(values[17]);
    expect(Math.abs((a?.expected as number) - (values[17] as number) - 30)).toBeLessThan(3);
    expect(a?.score).toBeLessThan(-5);
  });

  it("classical scores are NaN where the moving average is undefined", () => {
    const r = detectAnomalies(clean(48, 12, 10, 1, 0), { period: 12, method: "classical" });
    expect(r.scores[0]).toBeNaN();
    expect(r.scores[47]).toBeNaN();
    expect(r.scores[6]).not.toBeNaN();
  });

  it("rejects bad options with actionable errors", () => {
    const y = clean(30, 6, 5, 1, 0);
    expect(catchDpm(() => detectAnomalies(y, { method: "x" as never })).message).toMatch(/options.method/);
    expect(catchDpm(() => detectAnomalies(y, { score: "x" as never })).message).toMatch(/options.score/);
    expect(catchDpm(() => detectAnomalies(y, { threshold: 0 })).message).toMatch(/threshold/);
    expect(catchDpm(() => detectAnomalies(y, { stl: "robust" as never })).message).toMatch(/options.stl/);
    expect(catchDpm(() => detectAnomalies(y, { period: 6, stl: { seasonalWindow: 2 } })).message).toMatch(/^detectAnomalies: options.seasonalWindow/);
    expect(catchDpm(() => detectAnomalies([1, 2, 3])).code).toBe("TOO_SHORT");
    const short = catchDpm(() => detectAnomalies(clean(20, 12, 5, 1, 0), { period: 12, method: "classical" }));
    expect(short.code).toBe("TOO_SHORT");
    expect(short.message).toMatch(/^detectAnomalies: with period 12 at least 24 values/);
    expect(catchDpm(() => detectAnomalies([1, 2, 3, 4, 5, 6, Number.POSITIVE_INFINITY])).code).toBe("NON_FINITE");
  });
});
