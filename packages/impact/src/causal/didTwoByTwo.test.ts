import { describe, expect, it } from "vitest";
import { catchDpm, readCsv, readReference, type ProducColumn } from "../../test/causalFixtures.js";
import { didTwoByTwo } from "./didTwoByTwo.js";

const ref = readReference<{ did: { twoByTwo: { estimate: number; seHC1: number; seCluster: number; means: number[][] } } }>();
const produc = readCsv<ProducColumn>("produc.csv");
const rel = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

describe("didTwoByTwo", () => {
  const rows = (produc.time as number[]).map((t, i) => ((t === 1975 || t === 1985) && produc.cohort[i] !== 1982 ? i : -1)).filter((i) => i >= 0);
  const data = {
    outcome: rows.map((i) => produc.outcome[i] as number),
    group: rows.map((i) => (produc.cohort[i] === 1978 ? 1 : 0)),
    post: rows.map((i) => (produc.time[i] === 1985 ? 1 : 0)),
  };
  const units = rows.map((i) => produc.unit[i] as string);

  it("matches lm(y ~ g * post) with sandwich HC1 and vcovCL on plm::Produc (1975 vs 1985)", () => {
    const r = ref.did.twoByTwo;
    const hc = didTwoByTwo(data);
    expect(rel(hc.estimate, r.estimate)).toBeLessThan(1e-8);
    expect(rel(hc.stdError, r.seHC1)).toBeLessThan(1e-8);
    expect(rel(didTwoByTwo(data, { clusters: units }).stdError, r.seCluster)).toBeLessThan(1e-8);
    // R's tapply matrix, rows = group (0, 1), columns = post (0, 1)
    const m = hc.means;
    m.forEach((v, k) => expect(rel(v, r.means.flat()[k]!)).toBeLessThan(1e-12));
    expect(hc.estimate).toBeCloseTo(m[3] - m[2] - (m[1] - m[0]), 12);
  });

  it("rejects an empty cell and bad indicators", () => {
    expect(catchDpm(() => didTwoByTwo({ outcome: [1, 2, 3, 4], group: [0, 0, 1, 1], post: [0, 1, 1, 1] })).code).toBe("NO_SOLUTION");
    expect(catchDpm(() => didTwoByTwo({ outcome: [1, 2, 3, 4], group: [0, 0, 1, 2], post: [0, 1, 0, 1] })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => didTwoByTwo({ outcome: [1, 2, 3], group: [0, 0, 1, 1], post: [0, 1, 0, 1] })).code).toBe("LENGTH_MISMATCH");
    expect(catchDpm(() => didTwoByTwo({ outcome: [1, 2, 3, 4], group: [1, 1, 1, 1], post: [0, 1, 0, 1] })).code).toBe("NO_SOLUTION");
  });
});
