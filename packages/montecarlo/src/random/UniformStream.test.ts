import { createRng } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toUniformSource, UniformStream } from "./UniformStream.js";

describe("UniformStream", () => {
  it("draws exactly what @dpm/core's createRng draws for the same seed path, by next() and fill()", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string({ maxLength: 300 })), fc.nat(20), (seed, key) => {
        const rng = createRng(seed).fork(key).fork("units");
        const s = new UniformStream(rng.seed);
        const a = new Float64Array(600);
        s.fill(a, 0, 300);
        for (let i = 300; i < 600; i++) a[i] = s.next();
        return a.every((x) => x === rng.next());
      }),
      { seed: 41, numRuns: 60 },
    );
  });

  it("toUniformSource: a seed becomes the same stream, a function is used as given", () => {
    const src = toUniformSource(7, "test");
    const rng = createRng(7);
    expect([src.next(), src.next()]).toEqual([rng.next(), rng.next()]);
    let k = 0;
    const f = toUniformSource(() => (k++ === 0 ? 0 : 0.25), "test");
    expect(f.next()).toBe(0.25); // exact zeros are skipped (quantile(0) = −∞ for unbounded laws)
  });
});
