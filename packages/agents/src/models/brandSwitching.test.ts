import { isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
// The published reference values shipped beside the repository (../shared), as CI provides them.
import published from "../../../../../shared/reference/agents/published.json" with { type: "json" };
import { completeGraph } from "../networks/completeGraph.js";
import { wattsStrogatz } from "../networks/wattsStrogatz.js";
import { brandSwitching } from "./brandSwitching.js";
import { logitShares } from "./logitShares.js";

const markov = published.markovBrandSwitching;

describe("brandSwitching", () => {
  it("reproduces the published Markov brand-switching shares (Beasley, OR-Notes)", () => {
    // Each customer moves independently, so the share of K is a mean of N Bernoulli draws:
    // sd ≤ 0.5/√N, and 5/√N bounds the error.
    const N = 100_000;
    const run = brandSwitching({
      size: N,
      steps: 40,
      brands: [{ name: "K" }, { name: "others" }],
      transitionMatrix: markov.transitionMatrix,
      initialShares: [markov.initialShareOfK, 1 - markov.initialShareOfK],
      seed: 1,
    });
    const K = run.shares.K!.values;
    const tol = 5 / Math.sqrt(N);
    expect(K[0]).toBe(markov.initialShareOfK);
    expect(Math.abs((K[1] as number) - markov.shareOfKAfter1)).toBeLessThan(tol);
    expect(Math.abs((K[2] as number) - markov.shareOfKAfter2)).toBeLessThan(tol);
    expect(Math.abs((K[40] as number) - markov.longRunShareOfK)).toBeLessThan(tol);
    expect((K[1] as number) + (run.shares.others!.values[1] as number)).toBeCloseTo(1, 12);
  });

  it("matches the analytic logit probabilities with no switching costs", () => {
    const N = 100_000;
    const brands = [
      { name: "bakery", price: 3.2, quality: 7 },
      { name: "supermarket", price: 2.1, quality: 4 },
      { name: "artisan", price: 4.5, quality: 9 },
    ];
    const weights = { price: -1.2, quality: 0.5, loyalty: 0 };
    const run = brandSwitching({ size: N, steps: 3, brands, weights, seed: 9 });
    const P = logitShares(brands.map((b) => weights.price * b.price + weights.quality * b.quality));
    brands.forEach((b, j) => {
      const pj = P[j] as number;
      expect(Math.abs((run.shares[b.name]!.values[3] as number) - pj)).toBeLessThan(5 * Math.sqrt((pj * (1 - pj)) / N));
    });
  });

  it("lets a competitor enter mid-run: zero share before, logit share of the larger set after", () => {
    const N = 50_000;
    const brands = [
      { name: "us", price: 3, quality: 7 },
      { name: "newcomer", price: 2.5, quality: 7, entersAt: 6 },
    ];
    const run = brandSwitching({ size: N, steps: 10, brands, weights: { price: -2, quality: 0.3 }, seed: 4 });
    const share = run.shares.newcomer!.values;
    for (let t = 0; t < 6; t++) expect(share[t]).toBe(0);
    const pj = logitShares([-2 * 3, -2 * 2.5])[1] as number;
    expect(Math.abs((share[6] as number) - pj)).toBeLessThan(5 * Math.sqrt((pj * (1 - pj)) / N));
    expect(run.shares.us!.values[5]).toBe(1);
  });

  it("with loyalty and partial reconsideration, switches fall as the closed form says", () => {
    // Two equal brands at 50/50, loyalty bonus b, reconsider r: a customer switches with
    // probability r · 1/(1 + e^b) per step.
    const N = 100_000;
    const b = 1.5;
    const r = 0.4;
    const run = brandSwitching({ size: N, steps: 3, brands: [{ name: "a" }, { name: "b" }], weights: { loyalty: b }, reconsider: r, seed: 2 });
    const pr = r / (1 + Math.exp(b));
    expect(Math.abs((run.switches.values[2] as number) - N * pr)).toBeLessThan(5 * Math.sqrt(N * pr * (1 - pr)));
  });

  it("with word of mouth on a network, popular brands gain share", () => {
    const N = 20_000;
    const brands = [{ name: "a" }, { name: "b" }];
    const run = brandSwitching({ size: N, steps: 15, brands, initialShares: [0.6, 0.4], weights: { social: 3 }, interaction: wattsStrogatz(N, 10, 0.1, { seed: 1 }), seed: 3 });
    expect(run.shares.a!.values[15] as number).toBeGreaterThan(0.65);
  });

  it("gives identical results for the same seed", () => {
    const options = { size: 5000, steps: 5, brands: [{ name: "x", price: 1 }, { name: "y", price: 1.5 }], weights: { loyalty: 1 }, seed: "bakery" };
    expect(Array.from(brandSwitching(options).brandOf)).toEqual(Array.from(brandSwitching(options).brandOf));
  });

  it("rejects bad input with actionable DpmErrors", () => {
    const two = [{ name: "a" }, { name: "b" }];
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ size: 10, steps: 1, brands: two, transitionMatrix: [[0.9, 0.2], [0.5, 0.5]] }, /sums to 1.1/],
      [{ size: 10, steps: 1, brands: two, transitionMatrix: [[1.5, -0.5], [0.5, 0.5]] }, /probability in \[0, 1\]/],
      [{ size: 10, steps: 1, brands: two, reconsider: 2 }, /reconsider must be a probability/],
      [{ size: -10, steps: 1, brands: two }, /size must be a whole number/],
      [{ size: 10, steps: 1, brands: [] }, /non-empty array/],
      [{ size: 10, steps: 1, brands: [{ name: "a" }, { name: "a" }] }, /unique/],
      [{ size: 10, steps: 1, brands: [{ name: "a", entersAt: 2 }] }, /open at step 0/],
      [{ size: 10, steps: 1, brands: two, weights: { social: 1 } }, /needs a network/],
      [{ size: 10, steps: 1, brands: [{ name: "a" }, { name: "b", entersAt: 3 }], initialShares: [0.5, 0.5] }, /only opens later/],
      [{ size: 10, steps: 1, brands: two, interaction: completeGraph(5) }, /network of 10 agents/],
    ];
    for (const [options, message] of cases) {
      let caught: unknown;
      try {
        brandSwitching(options as never);
      } catch (e) {
        caught = e;
      }
      expect(isDpmError(caught, "INVALID_ARGUMENT")).toBe(true);
      expect((caught as Error).message).toMatch(message);
    }
  });
});
