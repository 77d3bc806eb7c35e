import { createRng, isDpmError } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kmeans } from "./kmeans.js";

function blobs(seed: number, perBlob: number): { data: Float64Array; truth: Int32Array; centers: number[][] } {
  const centers = [[0, 0, 0], [20, 0, 0], [0, 20, 0], [0, 0, 20]];
  const rng = createRng(seed);
  const data = new Float64Array(centers.length * perBlob * 3);
  const truth = new Int32Array(centers.length * perBlob);
  let p = 0;
  centers.forEach((c, b) => {
    for (let i = 0; i < perBlob; i++, p++) {
      truth[p] = b;
      for (let j = 0; j < 3; j++) data[p * 3 + j] = c[j]! + rng.normal(0, 1);
    }
  });
  return { data, truth, centers };
}

describe("kmeans", () => {
  it("recovers well-separated blobs", () => {
    const { data, truth } = blobs(3, 200);
    const copy = data.slice();
    const r = kmeans(data, 4, { dimensions: 3, restarts: 5, seed: 11 });
    expect(data).toEqual(copy);
    // every true blob maps to exactly one cluster, and the map is a bijection
    const map = new Map<number, number>();
    for (let i = 0; i < truth.length; i++) {
      const m = map.get(truth[i]!);
      if (m === undefined) map.set(truth[i]!, r.labels[i]!);
      else expect(r.labels[i]).toBe(m);
    }
    expect(new Set(map.values()).size).toBe(4);
    expect(r.inertia / truth.length).toBeLessThan(3.6); // ≈ 3 = variance per point in 3-D
  });
  it("is reproducible for a seed and restarts never increase inertia", () => {
    const { data } = blobs(5, 50);
    const a = kmeans(data, 3, { dimensions: 3, seed: 1 });
    expect(kmeans(data, 3, { dimensions: 3, seed: 1 }).inertia).toBe(a.inertia);
    expect(kmeans(data, 3, { dimensions: 3, seed: 1, restarts: 5 }).inertia).toBeLessThanOrEqual(a.inertia);
  });
  it("rejects k above the number of distinct points and bad input", () => {
    try {
      kmeans([[1, 1], [1, 1], [2, 2]], 3);
      expect.unreachable();
    } catch (e) {
      expect(isDpmError(e, "INVALID_ARGUMENT")).toBe(true);
      expect(String(e)).toMatch(/distinct points/);
    }
    expect(() => kmeans([[1, Number.NaN]], 1)).toThrow(/finite/);
    expect(() => kmeans(Float64Array.of(1, 2, 3), 1, { dimensions: 2 })).toThrow(/dimensions/);
  });
  it("property: inertia ≥ 0 and each label is its nearest centroid", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: -20, max: 20 })), { minLength: 5, maxLength: 40 }), (pts) => {
        const distinct = new Set(pts.map((p) => p.join(","))).size;
        const k = Math.min(3, distinct);
        const r = kmeans(pts, k, { seed: 2 });
        expect(r.inertia).toBeGreaterThanOrEqual(0);
        pts.forEach((p, i) => {
          const d = (m: number) => (p[0] - r.centroids[2 * m]!) ** 2 + (p[1] - r.centroids[2 * m + 1]!) ** 2;
          for (let m = 0; m < k; m++) expect(d(r.labels[i]!)).toBeLessThanOrEqual(d(m) + 1e-9);
        });
      }),
      { numRuns: 50 },
    );
  });
  it("property: at convergence every centroid is the mean of its points (a Lloyd fixed point, despite the skipped points)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 2, max: 5 }), fc.integer({ min: 1, max: 4 }), (seed, k, d) => {
        const rng = createRng(seed);
        const n = 300;
        const data = new Float64Array(n * d);
        for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) data[i * d + j] = rng.normal(((i % k) * 4) % 7, 1.5);
        const r = kmeans(data, k, { dimensions: d, seed, tolerance: 0, maxIterations: 1000 });
        let inertia = 0;
        for (let m = 0; m < k; m++) {
          const mean = new Float64Array(d);
          let count = 0;
          for (let i = 0; i < n; i++) {
            if (r.labels[i] !== m) continue;
            count++;
            for (let j = 0; j < d; j++) mean[j] = mean[j]! + data[i * d + j]!;
          }
          if (count === 0) continue;
          for (let j = 0; j < d; j++) expect(r.centroids[m * d + j]).toBeCloseTo(mean[j]! / count, 9);
        }
        for (let i = 0; i < n; i++) {
          let best = Infinity;
          for (let m = 0; m < k; m++) {
            let s = 0;
            for (let j = 0; j < d; j++) s += (data[i * d + j]! - r.centroids[m * d + j]!) ** 2;
            best = Math.min(best, s);
          }
          inertia += best;
        }
        expect(r.inertia).toBeCloseTo(inertia, 6);
      }),
      { numRuns: 60 },
    );
  });
});
