import { describe, expect, it } from "vitest";
import { beta, binomial, discrete, distributionFromJson, empirical, exponential, gamma, lognormal, normal, pert, poisson, triangular, truncate, uniform } from "../index.js";

describe("distributionFromJson", () => {
  it("round-trips every family through JSON text exactly", () => {
    const all = [
      normal(1, 2),
      lognormal({ mean: 6, sd: 0.8 }),
      triangular(8, 10, 13),
      pert(1, 2, 5, { lambda: 3 }),
      uniform(-1, 1),
      beta(2, 3, { min: 1, max: 4 }),
      gamma(2, { rate: 0.5 }),
      exponential(3),
      poisson(4),
      binomial(10, 0.3),
      discrete([1, 2, 3], [1, 1, 2]),
      empirical([1, 2, 4]),
      empirical([1, 2, 4], { smoothing: "kernel", bandwidth: 0.5 }),
      truncate(normal(0, 1), { lower: 0 }),
      truncate(gamma(2), { lower: 1, upper: 5 }),
    ];
    for (const d of all) {
      const copy = distributionFromJson(JSON.parse(JSON.stringify(d)));
      expect(copy.type).toBe(d.type);
      for (const p of [0.1, 0.5, 0.9]) expect(copy.quantile(p)).toBe(d.quantile(p));
      expect(copy.sample(4, 1)).toEqual(d.sample(4, 1));
    }
  });

  it("rejects unknown types and validates parameters", () => {
    expect(() => distributionFromJson({ type: "cauchy" })).toThrow(/unknown type "cauchy"/);
    expect(() => distributionFromJson(null)).toThrow(/expected an object with a "type"/);
    expect(() => distributionFromJson({ type: "normal", mean: 0, sd: -1 })).toThrow(/sd must be > 0/);
  });

  it("caps the nesting depth of truncated distributions (10,000 deep fails with a DpmError, not a stack overflow)", () => {
    let json: unknown = { type: "normal", mean: 0, sd: 1 };
    for (let i = 0; i < 10_000; i++) json = { type: "truncated", base: json, lower: -10 - i };
    expect(() => distributionFromJson(json)).toThrow(/nest more than 32 deep/);
    let ok: unknown = { type: "normal", mean: 0, sd: 1 };
    for (let i = 0; i < 3; i++) ok = { type: "truncated", base: ok, lower: -3 + i };
    expect(distributionFromJson(ok).type).toBe("truncated");
  });
});
