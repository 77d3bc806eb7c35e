import { createRng, isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { loadReference, relClose } from "../../../test/experimentsReference.ts";
import { alwaysValidTest, msprtHalfWidth, msprtLogLR } from "./alwaysValidTest.js";
import { groupSequentialDesign } from "./groupSequentialDesign.js";
import { monitorGroupSequential } from "./monitorGroupSequential.js";

const ref = loadReference();
// rpact's root search is loose at one look (see reference/experiments/sequentialCheck.py): its
// boundary misses its own spending by 2.6e-5 relative; scipy's quadrature gives the exact value.
const check = JSON.parse(readFileSync(new URL("../../../reference/experiments/sequentialCheck.json", import.meta.url), "utf8")) as {
  case: string;
  look: number;
  c1: number;
  c2: number;
};
const tolerance = (id: string, look: number) => (id === check.case && look === check.look ? 2e-6 : 1e-6);

describe("groupSequentialDesign agrees with rpact getDesignGroupSequential", () => {
  for (const c of ref.sequential) {
    it(c.id, () => {
      const d = groupSequentialDesign({ kMax: c.kMax, alpha: c.alpha, sided: c.sided, type: c.type });
      expect(d.criticalValues).toHaveLength(c.kMax);
      for (let k = 0; k < c.kMax; k++) {
        expect(relClose(d.criticalValues[k] as number, c.criticalValues[k], tolerance(c.id, k + 1)), `look ${k + 1}: ${d.criticalValues[k]} vs ${c.criticalValues[k]}`).toBe(true);
        expect(relClose(d.alphaSpent[k] as number, c.alphaSpent[k], 1e-6)).toBe(true);
      }
    });
  }
  it("the loose rpact look agrees with an independent scipy solution to 1e-9", () => {
    const d = groupSequentialDesign({ kMax: 8, alpha: 0.05, sided: 2, type: "OF" });
    expect(relClose(d.criticalValues[0] as number, check.c1, 1e-12)).toBe(true);
    expect(relClose(d.criticalValues[1] as number, check.c2, 1e-9)).toBe(true);
  });
  for (const c of ref.sequentialUnequal) {
    it(`actual information rates ${c.rates.join(", ")} (${c.type}, ${c.sided}-sided)`, () => {
      const d = groupSequentialDesign({ informationRates: c.rates, alpha: c.alpha, sided: c.sided, type: c.type });
      for (let k = 0; k < c.rates.length; k++) {
        expect(relClose(d.criticalValues[k] as number, c.criticalValues[k], 1e-6), `look ${k + 1}: ${d.criticalValues[k]} vs ${c.criticalValues[k]}`).toBe(true);
      }
    });
  }
  it("rejects bad designs", () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return isDpmError(e) ? e.code : "other";
      }
      return undefined;
    };
    expect(code(() => groupSequentialDesign({ kMax: 0 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => groupSequentialDesign({ informationRates: [0.5, 0.4, 1] }))).toBe("INVALID_ARGUMENT");
    expect(code(() => groupSequentialDesign({ alpha: 1.5 }))).toBe("INVALID_ARGUMENT");
    expect(code(() => groupSequentialDesign({ type: "X" as never }))).toBe("INVALID_ARGUMENT");
    expect(code(() => groupSequentialDesign({ kMax: 2, informationRates: [0.5, 0.7, 1] }))).toBe("LENGTH_MISMATCH");
  });
});

describe("monitorGroupSequential", () => {
  it("uses the boundaries of the actual information rates", () => {
    const looks = [
      { z: 1.0, informationRate: 0.3 },
      { z: 2.0, informationRate: 0.55 },
      { z: 2.1, informationRate: 1 },
    ];
    const m = monitorGroupSequential(looks);
    const c = ref.sequentialUnequal[0];
    for (let k = 0; k < 3; k++) expect(relClose(m.criticalValues[k] as number, c.criticalValues[k], 1e-6)).toBe(true);
    expect(m.decision).toBe("efficacy");
    expect(m.stoppedAt).toBe(3);
    expect(monitorGroupSequential(looks.slice(0, 2)).decision).toBe("continue");
    expect(monitorGroupSequential([{ z: 1.5, informationRate: 1 }]).decision).toBe("no effect shown");
    // A final look that comes with less information than planned still spends all of alpha.
    const early = monitorGroupSequential([{ z: 1, informationRate: 0.5 }, { z: 1.97, informationRate: 0.9 }], { final: true });
    expect(early.alphaSpent[1]).toBe(0.025);
    expect(early.decision).toBe("efficacy");
  });
});

describe("alwaysValidTest (mSPRT)", () => {
  it("keeps the false-positive rate under continuous peeking at 5 % over 2,000 seeded A/A simulations", () => {
    // Each simulation: 200 looks, one new pair of N(0, 1) units per arm per look, known variance.
    const sims = 2000;
    const looksPerSim = 200;
    const rng = createRng(14);
    const noise = new Float64Array(2 * looksPerSim);
    const tau2 = 0.25 ** 2;
    const threshold = Math.log(1 / 0.05);
    const zCrit = 1.959963984540054;
    let msprtRejections = 0;
    let naiveRejections = 0;
    let csMisses = 0;
    for (let s = 0; s < sims; s++) {
      rng.fillNormal(noise);
      let sumT = 0;
      let sumC = 0;
      let msprt = false;
      let naive = false;
      let miss = false;
      let lo = -Infinity;
      let hi = Infinity;
      for (let n = 1; n <= looksPerSim; n++) {
        sumT += noise[2 * n - 2] as number;
        sumC += noise[2 * n - 1] as number;
        const d = (sumT - sumC) / n;
        const v = 2 / n;
        if (!msprt && msprtLogLR(d, v, tau2) >= threshold) msprt = true;
        if (n >= 10 && Math.abs(d) / Math.sqrt(v) >= zCrit) naive = true;
        const h = msprtHalfWidth(v, tau2, 0.05);
        lo = Math.max(lo, d - h);
        hi = Math.min(hi, d + h);
        if (lo > 0 || hi < 0) miss = true;
      }
      if (msprt) msprtRejections++;
      if (naive) naiveRejections++;
      if (miss) csMisses++;
    }
    const se = Math.sqrt((0.05 * 0.95) / sims);
    expect(msprtRejections / sims).toBeLessThanOrEqual(0.05 + 3 * se);
    expect(csMisses / sims).toBeLessThanOrEqual(0.05 + 3 * se);
    // The check can fail: a fixed-horizon z-test peeked at every look rejects far more often.
    expect(naiveRejections / sims).toBeGreaterThan(0.2);
  });
  it("detects a real effect and rejects bad input", () => {
    const looks = Array.from({ length: 30 }, (_, i) => ({ difference: 0.3, standardError: Math.sqrt(2 / (10 * (i + 1))) }));
    const r = alwaysValidTest(looks, { tau: 0.3 });
    expect(r.rejectedAt).toBeDefined();
    for (let i = 1; i < 30; i++) {
      expect(r.pValues[i]).toBeLessThanOrEqual(r.pValues[i - 1] as number);
      expect((r.ciHigh[i] as number) - (r.ciLow[i] as number)).toBeLessThanOrEqual((r.ciHigh[i - 1] as number) - (r.ciLow[i - 1] as number));
    }
    expect(() => alwaysValidTest([], { tau: 1 })).toThrow(/empty/);
    expect(() => alwaysValidTest([{ difference: 0, standardError: 0 }], { tau: 1 })).toThrow(/standard error/);
    expect(() => alwaysValidTest([{ difference: 0, standardError: 1 }], { tau: 1, alpha: 0 })).toThrow(/alpha/);
    // τ² must stay finite (found by the export fuzzer: τ = 1e308 gave NaN p-values); a huge but finite τ is fine.
    expect(() => alwaysValidTest([{ difference: 0, standardError: 1 }], { tau: 1e308 })).toThrow(/at most 1e150/);
    const wide = alwaysValidTest([{ difference: 1e5, standardError: 1e-3 }], { tau: 1e150 });
    expect(Number.isFinite(wide.pValues[0])).toBe(true);
  });
});
