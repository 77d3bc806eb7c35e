import { describe, expect, it } from "vitest";
import { loadReference, relClose } from "../../../test/experimentsReference.ts";
import { welchTTest } from "../tests/welchTTest.js";
import { aggregateVariants } from "./aggregateVariants.js";
import { readExperiment } from "./readExperiment.js";

const ref = loadReference();

describe("readExperiment", () => {
  it("writes the issue's sentence for a 50/50 conversion test", () => {
    const r = readExperiment([
      { name: "Control", n: 20050, conversions: 1003 },
      { name: "Variant B", n: 19950, conversions: 1117 },
    ]);
    expect(String(r)).toMatch(/^Variant B lifts conversion from 5\.0 % to 5\.6 % \(\+12 %, 95 % CI \+3 % … \+21 %\), p = 0\.008; the 50\/50 split looks healthy \(SRM p = 0\.62\)$/);
    expect(r.variants[0]?.significant).toBe(true);
  });
  it("uses R's prop.test numbers for the published Udacity counts, and flags nothing", () => {
    const c = ref.proportions[0];
    const r = readExperiment([{ name: "old page", ...c.control }, { name: "new page", ...c.treatment }]);
    const v = r.variants[0];
    expect(relClose(v?.result.pValue as number, c.pValue)).toBe(true);
    expect(String(r)).toContain("new page changes conversion from 12.0 % to 11.9 %");
    expect(String(r)).toContain("not significant");
    expect(r.srm.healthy).toBe(true);
  });
  it("A/B/n: Holm-adjusted pairwise p-values, an omnibus test, and an SRM warning", () => {
    const r = readExperiment([
      { name: "A", n: 10321, conversions: 500 },
      { name: "B", n: 9679, conversions: 560 },
      { name: "C", n: 10000, conversions: 510 },
    ], { weights: [1, 1, 1] });
    expect(r.correction).toBe("holm");
    expect(r.omnibus?.df).toBe(2);
    expect(r.variants[0]?.adjustedPValue).toBeGreaterThanOrEqual(r.variants[0]?.result.pValue as number);
    expect(r.srm.healthy).toBe(false);
    expect(String(r)).toContain("WARNING: the 33/33/33 split is off");
    expect(String(r)).toContain("Holm-adjusted");
  });
  it("means from values, and a clear sentence for zero variance", () => {
    const c = ref.means[3];
    const r = readExperiment([{ name: "control", values: c.control }, { name: "free shipping", values: c.treatment }], { metric: "revenue per visitor", format: (v) => `€${v.toFixed(2)}` });
    expect(relClose(r.variants[0]?.result.pValue as number, c.pValue)).toBe(true);
    expect(String(r)).toContain("revenue per visitor from €");
    const flat = readExperiment([{ name: "A", values: [1, 1, 1] }, { name: "B", values: [1, 1] }]);
    expect(String(flat)).toContain("no difference measurable");
    expect(String(flat)).not.toContain("NaN");
  });
  it("bad input", () => {
    expect(() => readExperiment([{ name: "A", n: 10, conversions: 1 }])).toThrow(/at least one variant/);
    expect(() => readExperiment([{ name: "A", n: 10, conversions: 1 }, { name: "A", n: 10, conversions: 2 }])).toThrow(/used twice/);
    expect(() => readExperiment([{ name: "A", n: 10, conversions: 1 }, { name: "B", values: [1, 2] }])).toThrow(/different kind/);
    expect(() => readExperiment([{ name: "A", n: 10, conversions: 12 }, { name: "B", n: 10, conversions: 2 }])).toThrow(/exceeds/);
  });
});

describe("aggregateVariants", () => {
  it("sums typed arrays into the same statistics as the raw values", () => {
    const values = Float64Array.from({ length: 1000 }, (_, i) => ((i * 7919) % 13) * 1.5);
    const assignment = Uint8Array.from({ length: 1000 }, (_, i) => i % 3);
    const converted = Uint8Array.from(values, (v) => (v > 9 ? 1 : 0));
    const a = aggregateVariants(assignment, { variants: 3, converted, values });
    const g0 = values.filter((_, i) => i % 3 === 0);
    const g1 = values.filter((_, i) => i % 3 === 1);
    expect(a.conversion[0]?.conversions).toBe(g0.filter((v) => v > 9).length);
    expect(welchTTest(a.value[0] as never, a.value[1] as never).pValue).toBeCloseTo(welchTTest(g0, g1).pValue, 10);
    expect(() => aggregateVariants(Uint8Array.of(0, 3), { variants: 2 })).toThrow(/only 2 groups/);
    expect(() => aggregateVariants(Uint8Array.of(0, 1), { variants: 2, converted: Uint8Array.of(1) })).toThrow(/one 0\/1 per unit/);
  });
});
