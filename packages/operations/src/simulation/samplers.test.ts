import { createRng } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { compileDuration, drawDuration, NormalSource } from "./samplers.js";

function moments(spec: unknown, n = 100_000): [number, number] {
  const d = compileDuration(spec, "service", "test");
  const rng = createRng(7);
  const normal = new NormalSource(rng.next);
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const x = drawDuration(d, rng, "test", normal);
    s += x;
    s2 += x * x;
  }
  const m = s / n;
  return [m, Math.sqrt(s2 / n - m * m)];
}

describe("durations", () => {
  it("built-ins have the stated mean and sd (within Monte Carlo error)", () => {
    const cases: [unknown, number, number][] = [
      [{ dist: "exponential", mean: 2 }, 2, 2],
      [{ dist: "lognormal", mean: 3, sd: 1.5 }, 3, 1.5],
      [{ dist: "gamma", mean: 2, sd: 0.5 }, 2, 0.5],
      [{ dist: "gamma", mean: 1, sd: 2 }, 1, 2],
      [{ dist: "deterministic", value: 1.25 }, 1.25, 0],
    ];
    for (const [spec, mean, sd] of cases) {
      const [m, s] = moments(spec);
      expect(Math.abs(m - mean)).toBeLessThan(4 * (sd / Math.sqrt(100_000)) + 1e-12);
      expect(Math.abs(s - sd)).toBeLessThan(0.05 * sd + 1e-12);
    }
  });
  it("rejects unknown distributions, bad parameters and bad sampler output", () => {
    expectDpm(() => compileDuration({ dist: "weibull", mean: 1 }, "service", "f"), "INVALID_ARGUMENT", "service.dist");
    expectDpm(() => compileDuration({ dist: "exponential", mean: -1 }, "service", "f"), "INVALID_ARGUMENT", "service.mean");
    expectDpm(() => compileDuration(3, "service", "f"), "INVALID_ARGUMENT", "service");
    const bad = compileDuration(() => -1, "service", "f");
    const r = createRng(1);
    expectDpm(() => drawDuration(bad, r, "f", new NormalSource(r.next)), "NON_FINITE");
  });
});
