import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/catchDpm.js";
import { fitLinearModel } from "./fitLinearModel.js";
import { waldTest } from "./waldTest.js";

const ref = JSON.parse(readFileSync(new URL("../../reference/linear.json", import.meta.url), "utf8")) as {
  produc: { data: Record<string, number[]> & { state: string[] }; wald: { statistic: number; df: number; pValue: number; fStatistic: number; fPValue: number } };
};

describe("waldTest", () => {
  it("matches a clustered joint test computed in R on plm::Produc", () => {
    const p = ref.produc.data;
    const fit = fitLinearModel(p.lgsp!, { lpcap: p.lpcap!, lpc: p.lpc!, lemp: p.lemp!, unemp: p.unemp! }, { clusters: p.state });
    const t = waldTest(fit, ["lpc", "lemp"]);
    const r = ref.produc.wald;
    expect(t.statistic).toBeCloseTo(r.statistic, 6);
    expect(t.df).toBe(2);
    expect(Math.abs(t.pValue - r.pValue)).toBeLessThanOrEqual(1e-8 * Math.max(r.pValue, 1e-300) + 1e-300);
    expect(t.fStatistic).toBeCloseTo(r.fStatistic, 6);
    expect(Math.abs(t.fPValue - r.fPValue) / r.fPValue).toBeLessThan(1e-6);
  });

  it("equals the squared t statistic for one coefficient", () => {
    const fit = fitLinearModel([1, 2.5, 2.9, 4.2, 5.3, 5.8], { x: [1, 2, 3, 4, 5, 6] });
    const row = fit.coefficient("x");
    const t = waldTest(fit, ["x"]);
    expect(t.statistic).toBeCloseTo(row.statistic ** 2, 9);
    expect(t.fPValue).toBeCloseTo(row.pValue, 9);
  });

  it("rejects unknown and repeated names", () => {
    const fit = fitLinearModel([1, 2.5, 2.9, 4.2], { x: [1, 2, 3, 4] });
    expect(catchDpm(() => waldTest(fit, ["y"])).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => waldTest(fit, ["x", "x"])).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => waldTest(fit, [])).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => waldTest(null as never, ["x"])).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => waldTest({ names: ["x"], estimates: new Float64Array([1]), vcov: new Float64Array([1, 0]) }, ["x"])).code).toBe("LENGTH_MISMATCH");
    expect(catchDpm(() => waldTest({ names: ["x"], estimates: new Float64Array([NaN]), vcov: new Float64Array([1]) }, ["x"])).code).toBe("NON_FINITE");
  });
});
