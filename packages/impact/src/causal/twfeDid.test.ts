import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { catchDpm, readCsv, type ProducColumn } from "../../test/causalFixtures.js";
import { twfeDid } from "./twfeDid.js";

const ref = JSON.parse(readFileSync(new URL("../../reference/causal/causal.json", import.meta.url), "utf8")) as {
  did: {
    twfe: { estimate: number; se: number; ciLow: number; ciHigh: number };
    twfeStaggeredCovariates: { names: string[]; estimate: number[]; se: number[] };
  };
};
const produc = readCsv<ProducColumn>("produc.csv");
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("twfeDid", () => {
  it("matches estimatr::lm_robust(fixed_effects, clusters, se_type = 'stata') on plm::Produc", () => {
    const res = twfeDid({ unit: produc.unit as string[], time: produc.time as number[], outcome: produc.outcome as number[], treated: produc.single as number[] });
    expect(rel(res.estimate, ref.did.twfe.estimate)).toBeLessThan(1e-8);
    expect(rel(res.stdError, ref.did.twfe.se)).toBeLessThan(1e-8);
    expect(rel(res.ciLow, ref.did.twfe.ciLow)).toBeLessThan(1e-8);
    expect(rel(res.ciHigh, ref.did.twfe.ciHigh)).toBeLessThan(1e-8);
    expect(res.diagnostics.staggered).toBe(false);
    expect(res.trustworthy).toBe(true);
    expect(res.toString()).toContain("parallel");
  });

  it("matches lm_robust with covariates on a staggered design, and warns about it", () => {
    const res = twfeDid(
      { unit: produc.unit as string[], time: produc.time as number[], outcome: produc.outcome as number[], treated: produc.treated as number[] },
      { covariates: { lemp: produc.lemp as number[], unemp: produc.unemp as number[] } },
    );
    const r = ref.did.twfeStaggeredCovariates;
    res.coefficients.forEach((row, j) => {
      expect(rel(row.estimate, r.estimate[j]!)).toBeLessThan(1e-8);
      expect(rel(row.stdError, r.se[j]!)).toBeLessThan(1e-8);
    });
    expect(res.diagnostics.staggered).toBe(true);
    expect(res.diagnostics.cohorts).toEqual([1978, 1982]);
    expect(res.trustworthy).toBe(false);
    expect(res.warnings.join(" ")).toContain("stackedDid");
  });

  it("rejects panels that cannot identify an effect", () => {
    const unit = ["a", "a", "b", "b"];
    const time = [1, 2, 1, 2];
    const outcome = [1, 2, 3, 5];
    expect(catchDpm(() => twfeDid({ unit, time, outcome, treated: [0, 0, 0, 0] })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => twfeDid({ unit, time, outcome, treated: [1, 1, 0, 0] })).code).toBe("NO_SOLUTION");
    expect(catchDpm(() => twfeDid({ unit, time, outcome, treated: [0, 1, 0, 1] })).code).toBe("NO_SOLUTION");
    expect(catchDpm(() => twfeDid({ unit, time, outcome: [1, NaN, 3, 5], treated: [0, 1, 0, 0] })).code).toBe("NON_FINITE");
    expect(catchDpm(() => twfeDid({ unit, time: [1, 1, 1, 2], outcome, treated: [0, 1, 0, 0] })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => twfeDid({ unit, time, outcome, treated: [0, 1, 0, 0] }, { covariates: { post: [0, 1, 0, 1] } })).code).toBe("SINGULAR");
    expect(catchDpm(() => twfeDid({ unit, time, outcome, treated: [0, 1, 0, 0] }, { levl: 0.9 } as never)).code).toBe("INVALID_ARGUMENT");
  });
});
