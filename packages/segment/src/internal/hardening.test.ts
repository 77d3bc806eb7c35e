import { isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import {
  bgNbdExpectedTransactions,
  bgNbdExpectedTransactionsBatch,
  customerLifetimeValue,
  customerLifetimeValueBatch,
  evaluateHoldout,
  fitBgNbd,
  gammaGammaExpectedSpend,
  gammaGammaExpectedSpendBatch,
  kmeans,
  kmeansElbow,
  migrationMatrix,
  predictProbability,
  quantileScores,
  rfmSegments,
  silhouetteScore,
  summarizeTransactions,
  trainTestSplit,
} from "../index.js";

// Issue #20: each of these was a raw TypeError, a silent NaN or a hang before.
function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isDpmError(e)) return e.code;
    return `raw ${(e as Error).name}: ${(e as Error).message}`;
  }
  return "returned";
}

const bg = { r: 0.24, alpha: 4.41, a: 0.79, b: 2.43 };
const gg = { p: 6.25, q: 3.74, v: 15.44 };
const pts = [[0, 0], [0, 1], [5, 5], [5, 6], [9, 0], [9, 1]];

describe("hardening (issue #20 fuzz findings)", () => {
  it("caps sizes with documented limits instead of hanging", () => {
    expect(code(() => kmeans(pts, 2, { restarts: 1e308 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => kmeans(pts, 2, { maxIterations: 1e9 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => customerLifetimeValue(bg, gg, 2, 10, 20, 30, { periods: 1e308, discountRate: 0.01 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => customerLifetimeValue(bg, gg, 2, 10, 20, 30, { periods: 10_001, discountRate: 0.01 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => trainTestSplit(1e9))).toBe("INVALID_ARGUMENT");
    expect(code(() => silhouetteScore(pts, [1e9, 0, 1, 1, 0, 0]))).toBe("INVALID_ARGUMENT");
    expect(code(() => kmeansElbow(pts, 1, 1e9))).toBe("INVALID_ARGUMENT");
    expect(kmeans(pts, 2, { restarts: 1000 }).labels.length).toBe(6);
  });

  it("BG/NBD and Gamma-Gamma at r, p = 1e308 or frequency 1e308: a DpmError naming the valid range, never NaN", () => {
    for (const f of [
      () => bgNbdExpectedTransactions({ ...bg, r: 1e308 }, 2, 10, 20, 5),
      () => bgNbdExpectedTransactions(bg, 1e308, 10, 20, 5),
      () => bgNbdExpectedTransactionsBatch({ ...bg, r: 1e308 }, { frequency: [1], recency: [1], T: [2] }, 1),
      () => gammaGammaExpectedSpend({ ...gg, p: 1e308 }, 2, 30),
      () => gammaGammaExpectedSpendBatch({ ...gg, p: 1e308 }, [2], [30]),
      () => customerLifetimeValue({ ...bg, r: 1e308 }, gg, 2, 10, 20, 30, { periods: 3, discountRate: 0.01 }),
      () => customerLifetimeValueBatch(bg, { ...gg, p: 1e308 }, { frequency: [1], recency: [1], T: [2], monetary: [3] }, { periods: 3, discountRate: 0 }),
    ]) {
      expect(code(f)).toBe("INVALID_ARGUMENT");
    }
    // a huge spend overflows the closed form: NON_FINITE, not Infinity/NaN
    expect(code(() => gammaGammaExpectedSpend(gg, 2, 1e308))).toBe("NON_FINITE");
    // the largest documented parameter still works
    expect(Number.isFinite(bgNbdExpectedTransactions({ ...bg, alpha: 1e10 }, 2, 10, 20, 5))).toBe(true);
  });

  it("predictProbability rejects hand-built models with a NaN intercept, empty or bad center/scale, BigInts", () => {
    const m = { intercept: 0, coefficients: Float64Array.of(1), center: Float64Array.of(0), scale: Float64Array.of(1), iterations: 1 };
    expect(predictProbability(m, [[0]])[0]).toBe(0.5);
    expect(code(() => predictProbability({ ...m, intercept: Number.NaN }, [[0]]))).toBe("INVALID_ARGUMENT");
    expect(code(() => predictProbability({ ...m, center: new Float64Array(0) }, [[0]]))).toBe("INVALID_ARGUMENT");
    expect(code(() => predictProbability({ ...m, scale: new Float64Array(0) }, [[0]]))).toBe("INVALID_ARGUMENT");
    expect(code(() => predictProbability({ ...m, scale: Float64Array.of(0) }, [[0]]))).toBe("INVALID_ARGUMENT");
    expect(code(() => predictProbability({ ...m, intercept: 1n as unknown as number }, [[0]]))).toBe("INVALID_ARGUMENT");
    expect(code(() => predictProbability(m, [[1n as unknown as number]]))).toBe("NON_FINITE");
  });

  it("null options and unknown keys are DpmErrors with a hint", () => {
    expect(code(() => kmeans(pts, 2, null as never))).toBe("INVALID_ARGUMENT");
    expect(code(() => fitBgNbd({ frequency: [0, 1], recency: [0, 1], T: [2, 2] }, null as never))).toBe("INVALID_ARGUMENT");
    expect(code(() => summarizeTransactions([{ customerId: "a", date: "2020-01-01", amount: 1 }], null as never))).toBe("INVALID_ARGUMENT");
    expect(() => kmeans(pts, 2, { restart: 3 } as never)).toThrow(/Did you mean "restarts"/);
    expect(() => quantileScores([1, 2, 3], { bin: 3 } as never)).toThrow(/Did you mean "bins"/);
    expect(() => migrationMatrix({ asOf: "2020-01-01", ids: ["a"], segments: ["x"] }, { asOf: "2020-02-01", ids: ["a"], segments: ["y"] }, { unmached: "track" } as never)).toThrow(/Did you mean "unmatched"/);
    expect(() => evaluateHoldout(bg, {} as never, { maxBuckets: 3 } as never)).toThrow(/Did you mean "maxBucket"/);
    expect(code(() => rfmSegments(undefined as never))).toBe("INVALID_ARGUMENT");
    expect(code(() => kmeans([undefined as never, [1, 2]], 1))).toBe("INVALID_ARGUMENT");
  });
});
