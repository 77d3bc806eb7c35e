import { describe, expect, it } from "vitest";
import fc from "fast-check";
import seedrandom from "seedrandom";
import { normalQuantile } from "./normalQuantile.js";
import { createRng, type Rng, type Seed } from "./Rng.js";
import { catchDpm } from "../../test/catchDpm.js";

function draws(rng: Rng, n: number): Float64Array {
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = rng.next();
  return out;
}

/** Number of positions where two equally long arrays differ (0 when identical). */
function mismatches(a: Float64Array, b: Float64Array): number {
  expect(a.length).toBe(b.length);
  let count = 0;
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) count++;
  return count;
}

function mean(xs: Float64Array): number {
  let s = 0;
  for (const x of xs) s += x;
  return s / xs.length;
}

function sampleVariance(xs: Float64Array): number {
  const m = mean(xs);
  let s = 0;
  for (const x of xs) s += (x - m) * (x - m);
  return s / (xs.length - 1);
}

/** Kolmogorov–Smirnov distance between the sample and a continuous CDF. */
function ksDistance(sample: Float64Array, cdf: (x: number) => number): number {
  const xs = Float64Array.from(sample).sort();
  const n = xs.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(xs[i] as number);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/** An independent standard normal CDF (erf series / erfc continued fraction), for KS tests. */
function normalCdf(z: number): number {
  const x = z / Math.SQRT2;
  if (Math.abs(x) > 1.5) {
    let t = 0;
    for (let n = 200; n >= 1; n--) t = n / 2 / (Math.abs(x) + t);
    const tail = (0.5 * Math.exp(-x * x)) / Math.sqrt(Math.PI) / (Math.abs(x) + t);
    return x < 0 ? tail : 1 - tail;
  }
  let term = x;
  let sum = x;
  for (let n = 1; n < 100; n++) {
    term *= (2 * x * x) / (2 * n + 1);
    sum += term;
  }
  return 0.5 * (1 + (2 / Math.sqrt(Math.PI)) * Math.exp(-x * x) * sum);
}

const KS_1PCT = 1.63; // critical value of √n·D at the 1% level

describe("createRng", () => {
  it("gives identical streams for the same seed (1e5 draws)", () => {
    for (const seed of [42, "hello.", 0, -7.25, ""] as Seed[]) {
      const a = draws(createRng(seed), 100_000);
      const b = draws(createRng(seed), 100_000);
      expect(mismatches(a, b), String(seed)).toBe(0);
    }
  });

  it("is seedrandom's xor4096 double() for the seed's string form", () => {
    for (const seed of [42, "hello.", "scenario-7"] as Seed[]) {
      const reference = seedrandom.xor4096(String(seed));
      const rng = createRng(seed);
      for (let i = 0; i < 1000; i++) expect(rng.next()).toBe(reference.double());
    }
  });

  it("gives different streams for different seeds", () => {
    const pairs: [Seed, Seed][] = [
      [1, 2],
      [42, 43],
      ["a", "b"],
      [0, "zero"],
      [0.5, 0.25],
    ];
    for (const [s, t] of pairs) {
      const a = draws(createRng(s), 1000);
      const b = draws(createRng(t), 1000);
      let same = 0;
      for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
      expect(same, `${String(s)} vs ${String(t)}`).toBe(0);
    }
  });

  it("records its seed as a string", () => {
    expect(createRng(42).seed).toBe("42");
    expect(createRng("abc").seed).toBe("abc");
  });

  it("rejects seeds that are not finite numbers or strings with INVALID_ARGUMENT", () => {
    for (const bad of [Number.NaN, Infinity, -Infinity, {}, [], null, undefined, true, 1n, () => 1]) {
      const error = catchDpm(() => createRng(bad as unknown as Seed));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.path).toBe("seed");
      expect(error.message).toContain("createRng");
    }
  });

  it("accepts any finite number or string as a seed and stays reproducible", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string()), (seed) => {
        const a = createRng(seed);
        const b = createRng(seed);
        for (let i = 0; i < 5; i++) expect(a.next()).toBe(b.next());
      }),
      { numRuns: 100 },
    );
  });
});

describe("next", () => {
  it("is a bound function that can be passed around", () => {
    const { next } = createRng(7);
    const twin = createRng(7);
    const draw: () => number = next;
    for (let i = 0; i < 10; i++) expect(draw()).toBe(twin.next());
  });

  it("draws in [0, 1) at full 53-bit resolution", () => {
    const xs = draws(createRng(3), 100_000);
    let odd = 0;
    let outside = 0;
    let off53BitGrid = 0;
    for (const x of xs) {
      if (!(x >= 0 && x < 1)) outside++;
      const scaled = x * 2 ** 53;
      if (!Number.isInteger(scaled)) off53BitGrid++;
      if (scaled % 2 === 1) odd++;
    }
    expect(outside).toBe(0);
    expect(off53BitGrid).toBe(0);
    // With 53 random bits the lowest bit is set about half the time; with 32 bits it never is.
    expect(odd / xs.length).toBeGreaterThan(0.48);
    expect(odd / xs.length).toBeLessThan(0.52);
  });

  it("has uniform moments: mean within 5 SE of 1/2, variance within 5 SE of 1/12 (n = 1e6)", () => {
    const n = 1_000_000;
    const xs = draws(createRng(2025), n);
    expect(Math.abs(mean(xs) - 0.5)).toBeLessThan(5 * Math.sqrt(1 / 12 / n));
    // Var(s²) ≈ (μ₄ − σ⁴)/n with μ₄ = 1/80 and σ⁴ = 1/144, so SE = √(1/(180n)).
    expect(Math.abs(sampleVariance(xs) - 1 / 12)).toBeLessThan(5 * Math.sqrt(1 / (180 * n)));
  });

  it("passes a Kolmogorov–Smirnov test against U(0, 1) at the 1% level (n = 1e5)", () => {
    const n = 100_000;
    for (const seed of [1, 2, "ks"] as Seed[]) {
      const d = ksDistance(draws(createRng(seed), n), (x) => x);
      expect(d, String(seed)).toBeLessThan(KS_1PCT / Math.sqrt(n));
    }
  });

  it("has no detectable lag-1 correlation (|r| < 5/√n)", () => {
    const n = 200_000;
    const xs = draws(createRng(11), n);
    let s = 0;
    for (let i = 1; i < n; i++) s += ((xs[i] as number) - 0.5) * ((xs[i - 1] as number) - 0.5);
    const r = s / (n - 1) / (1 / 12);
    expect(Math.abs(r)).toBeLessThan(5 / Math.sqrt(n));
  });
});

describe("uniform", () => {
  it("draws in [min, max) with mean (min + max)/2 within 5 SE", () => {
    const rng = createRng(5);
    const n = 200_000;
    const xs = new Float64Array(n);
    for (let i = 0; i < n; i++) xs[i] = rng.uniform(-3, 5);
    expect(xs.every((x) => x >= -3 && x < 5)).toBe(true);
    expect(Math.min(...xs.subarray(0, 10_000))).toBeLessThan(-2.9);
    expect(Math.max(...xs.subarray(0, 10_000))).toBeGreaterThan(4.9);
    expect(Math.abs(mean(xs) - 1)).toBeLessThan(5 * 8 * Math.sqrt(1 / 12 / n));
  });

  it("defaults to [0, 1) and uses one draw per call", () => {
    const a = createRng(9);
    const b = createRng(9);
    for (let i = 0; i < 100; i++) expect(a.uniform()).toBe(b.next());
  });
});

describe("int", () => {
  it("covers [min, max) and never leaves it", () => {
    const rng = createRng(8);
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) {
      const k = rng.int(-3, 4);
      expect(Number.isInteger(k)).toBe(true);
      expect(k >= -3 && k < 4).toBe(true);
      seen.add(k);
    }
    expect([...seen].sort((a, b) => a - b)).toEqual([-3, -2, -1, 0, 1, 2, 3]);
  });

  it("always gives min for a one-value range", () => {
    const rng = createRng(1);
    for (let i = 0; i < 100; i++) expect(rng.int(7, 8)).toBe(7);
  });

  it("is uniform over its range: χ² with 9 df below the 0.1% critical value 27.88 (n = 1e5)", () => {
    const rng = createRng("chi");
    const n = 100_000;
    const counts = new Array<number>(10).fill(0);
    for (let i = 0; i < n; i++) {
      const k = rng.int(0, 10);
      counts[k] = (counts[k] as number) + 1;
    }
    const expected = n / 10;
    const chi2 = counts.reduce((s, c) => s + (c - expected) ** 2 / expected, 0);
    expect(chi2).toBeLessThan(27.88);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
  });

  it("rejects non-integer, non-finite, unsafe or empty bounds with INVALID_ARGUMENT", () => {
    const rng = createRng(1);
    const bad: [number, number][] = [
      [1.5, 3],
      [0, 2.5],
      [3, 3],
      [5, 2],
      [Number.NaN, 1],
      [0, Infinity],
      [0, 2 ** 53],
    ];
    for (const [min, max] of bad) {
      const error = catchDpm(() => rng.int(min, max));
      expect(error.code, `${min}, ${max}`).toBe("INVALID_ARGUMENT");
      expect(error.message).toContain("Rng.int");
    }
  });
});

describe("normal", () => {
  it("has mean within 5 SE and variance within 5 SE of the target (μ = 10, σ = 3, n = 1e6)", () => {
    const rng = createRng(77);
    const n = 1_000_000;
    const mu = 10;
    const sigma = 3;
    const xs = new Float64Array(n);
    for (let i = 0; i < n; i++) xs[i] = rng.normal(mu, sigma);
    expect(Math.abs(mean(xs) - mu)).toBeLessThan((5 * sigma) / Math.sqrt(n));
    // For normal data Var(s²) = 2σ⁴/(n − 1), so SE(s²) = σ²·√(2/(n − 1)).
    expect(Math.abs(sampleVariance(xs) - sigma * sigma)).toBeLessThan(5 * sigma * sigma * Math.sqrt(2 / (n - 1)));
  });

  it("defaults to the standard normal and passes a KS test against an independent Φ (n = 1e5)", () => {
    const n = 100_000;
    for (const seed of [1, "ks-normal"] as Seed[]) {
      const rng = createRng(seed);
      const xs = new Float64Array(n);
      for (let i = 0; i < n; i++) xs[i] = rng.normal();
      expect(ksDistance(xs, normalCdf), String(seed)).toBeLessThan(KS_1PCT / Math.sqrt(n));
    }
  });

  it("inverts one uniform per draw: normal(μ, σ) = μ + σ·Φ⁻¹(u)", () => {
    const a = createRng(4);
    const b = createRng(4);
    for (let i = 0; i < 1000; i++) expect(a.normal(2, 0.5)).toBe(2 + 0.5 * normalQuantile(b.next()));
    expect(a.next()).toBe(b.next()); // still in step: exactly one uniform consumed per normal
  });
});

describe("fillUniform", () => {
  it("matches repeated next() calls of an identically seeded stream, and returns its argument", () => {
    const a = createRng("fill");
    const b = createRng("fill");
    const out = new Float64Array(5000);
    expect(a.fillUniform(out)).toBe(out);
    for (let i = 0; i < out.length; i++) expect(out[i]).toBe(b.next());
    expect(a.next()).toBe(b.next());
  });

  it("leaves an empty array alone and consumes nothing", () => {
    const a = createRng(1);
    const b = createRng(1);
    expect(a.fillUniform(new Float64Array(0))).toHaveLength(0);
    expect(a.next()).toBe(b.next());
  });
});

describe("fillNormal", () => {
  it("matches repeated normal() calls of an identically seeded stream", () => {
    const a = createRng("filln");
    const b = createRng("filln");
    const out = a.fillNormal(new Float64Array(5000), -1, 4);
    for (let i = 0; i < out.length; i++) expect(out[i]).toBe(b.normal(-1, 4));
    expect(a.next()).toBe(b.next());
    const std = createRng(3).fillNormal(new Float64Array(100));
    const twin = createRng(3);
    for (let i = 0; i < std.length; i++) expect(std[i]).toBe(twin.normal());
  });
});

describe("fork", () => {
  it("names the child by the parent's seed and the key", () => {
    const rng = createRng(42);
    expect(rng.fork(3).seed).toBe("42/fork:3");
    expect(rng.fork(3).fork("a").seed).toBe("42/fork:3/fork:a");
  });

  it("gives the same child stream however many draws the parent made first", () => {
    const fresh = createRng(42);
    const used = createRng(42);
    draws(used, 12_345);
    used.fillNormal(new Float64Array(100));
    for (const key of [0, 1, 3, "worker-7"]) {
      expect(mismatches(draws(used.fork(key), 10_000), draws(fresh.fork(key), 10_000)), String(key)).toBe(0);
    }
  });

  it("does not disturb the parent stream", () => {
    const a = createRng(5);
    const b = createRng(5);
    draws(a.fork(1), 100);
    expect(mismatches(draws(a, 100), draws(b, 100))).toBe(0);
  });

  it("gives different children for different keys and parents", () => {
    const rng = createRng(42);
    expect(rng.fork(0).next()).not.toBe(rng.fork(1).next());
    expect(createRng(42).fork(0).next()).not.toBe(createRng(43).fork(0).next());
  });

  it("does not overlap the parent or a sibling in the first 1e6 draws", () => {
    const n = 1_000_000;
    const parent = createRng(2024);
    const check = (a: Rng, b: Rng): number => {
      const seen = new Set<number>();
      for (let i = 0; i < n; i++) seen.add(a.next());
      expect(seen.size).toBeGreaterThan(n - 5); // the stream itself barely repeats
      let shared = 0;
      for (let i = 0; i < n; i++) if (seen.has(b.next())) shared++;
      return shared;
    };
    expect(check(parent, parent.fork(0))).toBe(0);
    expect(check(parent.fork(0), parent.fork(1))).toBe(0);
  });

  it("rejects keys that are not finite numbers or strings", () => {
    const rng = createRng(1);
    for (const bad of [Number.NaN, Infinity, {}, null, undefined]) {
      const error = catchDpm(() => rng.fork(bad as unknown as number));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.path).toBe("key");
    }
  });
});

describe("argument checks", () => {
  it("rejects bad uniform bounds with INVALID_ARGUMENT naming Rng.uniform", () => {
    const rng = createRng(42);
    const bad: unknown[][] = [[Number.NaN, 1], [0, Number.NaN], [2, 1], [-Infinity, 0], [0, Infinity], [-1e308, 1e308], ["0", "1"], [1n, 2n]];
    for (const args of bad) {
      const error = catchDpm(() => rng.uniform(...(args as [number, number])));
      expect(error.code, String(args)).toBe("INVALID_ARGUMENT");
      expect(error.message).toContain("Rng.uniform");
    }
    expect(rng.uniform(3, 3)).toBe(3);
  });

  it("rejects a non-finite mean and a negative or non-finite sd in normal and fillNormal", () => {
    const rng = createRng(42);
    const bad: unknown[][] = [[0, -1], [Number.NaN, 1], [0, Number.NaN], [Infinity, 1], [0, Infinity], [0, "1"], [1n, 1]];
    for (const args of bad) {
      expect(catchDpm(() => rng.normal(...(args as [number, number]))).message, String(args)).toContain("Rng.normal");
      expect(catchDpm(() => rng.fillNormal(new Float64Array(2), ...(args as [number, number]))).code).toBe("INVALID_ARGUMENT");
    }
    expect(rng.normal(5, 0)).toBe(5);
  });

  it("rejects an out that is not a Float64Array in the fill methods", () => {
    const rng = createRng(42);
    for (const out of [undefined, null, [1, 2], new Float32Array(2), 3]) {
      expect(catchDpm(() => rng.fillUniform(out as unknown as Float64Array)).path).toBe("out");
      expect(catchDpm(() => rng.fillNormal(out as unknown as Float64Array)).path).toBe("out");
    }
  });

  it("names the bad bound of int", () => {
    expect(catchDpm(() => createRng(1).int(Number.NaN, 3)).path).toBe("min");
    expect(catchDpm(() => createRng(1).int(0, 0.5)).path).toBe("max");
  });
});
