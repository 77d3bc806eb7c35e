import { describe, expect, it } from "vitest";
import { rFits, series } from "../../../test/reference.js";
import { ADD, MULT, NONE } from "./codes.js";
import { etsLikelihood } from "./etsLikelihood.js";

const code = (c: string) => (c === "N" ? NONE : c === "A" ? ADD : MULT);

describe("etsLikelihood", () => {
  it("reproduces R's log-likelihood at R's estimates for all 19 reference fits", () => {
    const fits = [...rFits.ets_fixed, ...rFits.ets_auto_whole];
    expect(fits.length).toBe(19);
    for (const f of fits) {
      const s = series(f.series);
      const [e, t, se] = f.model.slice(4, -1).split(",") as [string, string, string];
      const m = se === "N" ? 1 : s.frequency;
      const p = f.params;
      const ring = new Float64Array(m);
      if (se !== "N") {
        let sum = 0;
        for (let j = 0; j < m - 1; j++) sum += p[`s${j}`] as number;
        // ring: oldest first = s_{m−1} (implied), s_{m−2}, …, s_0
        ring[0] = (se === "M" ? m : 0) - sum;
        for (let i = 1; i < m; i++) ring[i] = p[`s${m - 1 - i}`] as number;
      }
      const lik = etsLikelihood(Float64Array.from(s.values), code(e), code(t[0] as string), code(se), p.alpha as number, p.beta ?? 0, p.gamma ?? 0, p.phi ?? 1, p.l as number, p.b ?? 0, ring, m, 0);
      expect(-0.5 * lik).toBeCloseTo(f.loglik, 7);
    }
  });

  it("gives n·log(Σe²) for SES with α = 1 (the naive method's squared changes)", () => {
    const y = Float64Array.from([5, 7, 6, 9, 8]);
    // first error is y0 − l0 with l0 = 5 → 0; then the one-step changes 2, −1, 3, −1
    const lik = etsLikelihood(y, ADD, NONE, NONE, 1, 0, 0, 1, 5, 0, new Float64Array(1), 1, 0);
    expect(lik).toBeCloseTo(5 * Math.log(4 + 1 + 9 + 1), 12);
    expect(etsLikelihood(y, ADD, NONE, NONE, 1, 0, 0, 1, 5, 0, new Float64Array(1), 1, 1)).toBeCloseTo(15 / 5, 12);
  });

  it("returns Infinity for a negative multiplicative slope", () => {
    const y = Float64Array.from([5, 7, 6]);
    expect(etsLikelihood(y, MULT, MULT, NONE, 0.5, 0.1, 0, 1, 5, -1, new Float64Array(1), 1, 0)).toBe(Infinity);
  });
});
