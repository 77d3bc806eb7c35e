import { checkOptions, createRng, DpmError } from "@dpm/core";
import { intOption, numberOption } from "../internal/checks.js";
import type { Seed } from "@dpm/core";
import { toMatrix } from "./points.js";
import type { Points } from "./points.js";

/**
 * Options of {@link kmeans}.
 *
 * @category Clustering
 */
export interface KmeansOptions {
  /** Features per point, required for `Float64Array` input. */
  readonly dimensions?: number;
  /** Number of k-means++ initialisations; the lowest inertia wins. Default 1, at most 1000. */
  readonly restarts?: number;
  /** Maximum Lloyd iterations per initialisation. Default 300, at most 100,000. */
  readonly maxIterations?: number;
  /** Stop when the total squared centroid shift falls below this. Default 1e-8. */
  readonly tolerance?: number;
  /** Seed of the random stream (core's `createRng`). Default 1. */
  readonly seed?: Seed;
}

/**
 * Result of {@link kmeans}.
 *
 * @category Clustering
 */
export interface KmeansResult {
  /** k × d centroids, row-major. */
  readonly centroids: Float64Array;
  /** Cluster of every point. */
  readonly labels: Int32Array;
  /** Sum of squared distances to the assigned centroids. */
  readonly inertia: number;
  /** Lloyd iterations of the winning run. */
  readonly iterations: number;
  /** Features per point. */
  readonly dimensions: number;
}

function seedPlusPlus(data: Float64Array, n: number, d: number, k: number, next: () => number, dist: Float64Array): Float64Array {
  const c = new Float64Array(k * d);
  let first = Math.floor(next() * n);
  for (let j = 0; j < d; j++) c[j] = data[first * d + j]!;
  let total = 0;
  for (let i = 0; i < n; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) {
      const t = data[i * d + j]! - c[j]!;
      s += t * t;
    }
    dist[i] = s;
    total += s;
  }
  for (let m = 1; m < k; m++) {
    let target = next() * total;
    let pick = n - 1;
    for (let i = 0; i < n; i++) {
      target -= dist[i]!;
      if (target < 0) {
        pick = i;
        break;
      }
    }
    first = pick;
    for (let j = 0; j < d; j++) c[m * d + j] = data[pick * d + j]!;
    total = 0;
    for (let i = 0; i < n; i++) {
      let s = 0;
      for (let j = 0; j < d; j++) {
        const t = data[i * d + j]! - c[m * d + j]!;
        s += t * t;
      }
      if (s < dist[i]!) dist[i] = s;
      total += dist[i]!;
    }
  }
  return c;
}

/**
 * Lloyd iterations with Hamerly's bounds (Hamerly 2010): per point an upper bound on the distance to
 * its centroid and a lower bound on the distance to any other centroid. A point whose upper bound is
 * below max(lower bound, half the distance from its centroid to the nearest other centroid) cannot
 * change cluster, so it is skipped; centroid sums are updated only for points that move. Gives the
 * same assignments as plain Lloyd iterations with far fewer distance computations. `upper` and
 * `lower` are caller-owned work buffers of length n (fresh memory is expensive at n = 10⁶).
 */
function lloyd(data: Float64Array, n: number, d: number, k: number, c: Float64Array, labels: Int32Array, upper: Float64Array, lower: Float64Array, maxIter: number, tol: number): { inertia: number; iterations: number } {
  const sums = new Float64Array(k * d);
  const counts = new Float64Array(k);
  const move = new Float64Array(k);
  const half = new Float64Array(k);
  // initial assignment: all k distances
  for (let i = 0; i < n; i++) {
    const o = i * d;
    let best = 0;
    let d1 = Infinity;
    let d2 = Infinity;
    for (let m = 0; m < k; m++) {
      let s = 0;
      const co = m * d;
      for (let j = 0; j < d; j++) {
        const t = data[o + j]! - c[co + j]!;
        s += t * t;
      }
      if (s < d1) {
        d2 = d1;
        d1 = s;
        best = m;
      } else if (s < d2) d2 = s;
    }
    labels[i] = best;
    upper[i] = Math.sqrt(d1);
    lower[i] = Math.sqrt(d2);
    counts[best] = counts[best]! + 1;
    const bo = best * d;
    for (let j = 0; j < d; j++) sums[bo + j] = sums[bo + j]! + data[o + j]!;
  }
  let it = 0;
  let inertia = 0;
  for (;;) {
    // move centroids to the means (empty clusters keep their centroid)
    let shift = 0;
    let maxMove = 0;
    let maxMoveAt = -1;
    let secondMove = 0;
    for (let m = 0; m < k; m++) {
      let mv = 0;
      if (counts[m]! > 0) {
        for (let j = 0; j < d; j++) {
          const v = sums[m * d + j]! / counts[m]!;
          const t = v - c[m * d + j]!;
          mv += t * t;
          c[m * d + j] = v;
        }
      }
      shift += mv;
      move[m] = Math.sqrt(mv);
      if (move[m]! > maxMove) {
        secondMove = maxMove;
        maxMove = move[m]!;
        maxMoveAt = m;
      } else if (move[m]! > secondMove) secondMove = move[m]!;
    }
    it++;
    // the last pass only assigns labels and sums the inertia against the final centroids
    const last = shift <= tol || it >= maxIter;
    // half the distance from each centroid to its nearest other centroid
    for (let m = 0; m < k; m++) {
      let nearest = Infinity;
      for (let q = 0; q < k; q++) {
        if (q === m) continue;
        let s = 0;
        for (let j = 0; j < d; j++) {
          const t = c[m * d + j]! - c[q * d + j]!;
          s += t * t;
        }
        if (s < nearest) nearest = s;
      }
      half[m] = 0.5 * Math.sqrt(nearest);
    }
    for (let i = 0; i < n; i++) {
      const a = labels[i]!;
      const l = lower[i]! - (a === maxMoveAt ? secondMove : maxMove);
      const z = l > half[a]! ? l : half[a]!;
      const o = i * d;
      const ao = a * d;
      if (upper[i]! + move[a]! <= z && !last) {
        upper[i] = upper[i]! + move[a]!;
        lower[i] = l;
        continue;
      }
      // tighten the upper bound: exact distance to the current centroid
      let s = 0;
      for (let j = 0; j < d; j++) {
        const t = data[o + j]! - c[ao + j]!;
        s += t * t;
      }
      const u = Math.sqrt(s);
      if (u <= z) {
        upper[i] = u;
        lower[i] = l;
        inertia += s;
        continue;
      }
      // full scan
      let best = 0;
      let d1 = Infinity;
      let d2 = Infinity;
      for (let m = 0; m < k; m++) {
        let q = 0;
        const co = m * d;
        for (let j = 0; j < d; j++) {
          const t = data[o + j]! - c[co + j]!;
          q += t * t;
        }
        if (q < d1) {
          d2 = d1;
          d1 = q;
          best = m;
        } else if (q < d2) d2 = q;
      }
      upper[i] = Math.sqrt(d1);
      lower[i] = Math.sqrt(d2);
      inertia += d1;
      if (best !== a) {
        labels[i] = best;
        counts[a] = counts[a]! - 1;
        counts[best] = counts[best]! + 1;
        const bo = best * d;
        for (let j = 0; j < d; j++) {
          sums[ao + j] = sums[ao + j]! - data[o + j]!;
          sums[bo + j] = sums[bo + j]! + data[o + j]!;
        }
      }
    }
    if (last) break;
    inertia = 0;
  }
  return { inertia, iterations: it };
}

const FN = "kmeans";

/**
 * k-means clustering: k-means++ initialisation, Lloyd iterations on typed arrays (accelerated with
 * Hamerly's distance bounds, same assignments), several seeded restarts keeping the lowest inertia. Standardise features first (see {@link standardize}).
 *
 * @param points - rows of features, or a row-major `Float64Array` with `options.dimensions` (not mutated)
 * @param k - number of clusters (≥ 1, ≤ number of distinct points)
 * @param options - restarts, iterations, tolerance, seed
 * @returns centroids, labels and inertia
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a bad k or k above the number of distinct points; `NON_FINITE`; `EMPTY`
 *
 * @example
 * ```ts
 * import { kmeans } from "@dpm/segment";
 *
 * const r = kmeans([[0, 0], [0, 1], [10, 10], [10, 11]], 2, { seed: 7 });
 * r.labels[0] === r.labels[1] && r.labels[2] === r.labels[3] && r.labels[0] !== r.labels[2]; // => true
 * r.inertia; // => 1
 * ```
 *
 * @category Clustering
 */
export function kmeans(points: Points, k: number, options?: KmeansOptions): KmeansResult {
  const { data, n, d, k: kk, restarts, maxIter, tol, seed } = prepareKmeans(points, k, options, FN);
  return kmeansKernel(data, n, d, kk, restarts, maxIter, tol, seed);
}

export const KMEANS_KEYS = ["dimensions", "restarts", "maxIterations", "tolerance", "seed"];
/** Largest `restarts`. */
export const MAX_RESTARTS = 1000;
/** Largest `maxIterations`. */
export const MAX_KMEANS_ITERATIONS = 100_000;

/** Validated k-means inputs (shared by {@link kmeans}, `kmeansElbow` and the worker-parallel version). */
export function prepareKmeans(points: Points, k: number, options: KmeansOptions | undefined, fn: string): { data: Float64Array; n: number; d: number; k: number; restarts: number; maxIter: number; tol: number; seed: Seed } {
  const opts = checkOptions(options, KMEANS_KEYS, fn, "{ restarts: 4, seed: 1 }");
  const { data, n, d } = toMatrix(points, opts.dimensions, fn);
  if (!(typeof k === "number" && Number.isInteger(k) && k >= 1)) throw new DpmError("INVALID_ARGUMENT", `${fn}: k must be an integer ≥ 1 such as 3, got ${typeof k === "number" ? k : typeof k}`, { path: "k" });
  const restarts = intOption(opts.restarts, 1, 1, MAX_RESTARTS, "options.restarts", fn);
  const maxIter = intOption(opts.maxIterations, 300, 1, MAX_KMEANS_ITERATIONS, "options.maxIterations", fn);
  const tol = numberOption(opts.tolerance, 1e-8, 0, Number.MAX_VALUE, "options.tolerance", fn);
  if (k > n) throw new DpmError("INVALID_ARGUMENT", `${fn}: k = ${k} is larger than the number of points (${n}); lower k`, { path: "k" });
  // distinct points (only checked when k is close to n, or cheaply via a hash of up to k+1 distinct rows)
  const distinct = new Set<string>();
  for (let i = 0; i < n && distinct.size < k; i++) distinct.add(Array.prototype.join.call(data.subarray(i * d, i * d + d), ","));
  if (distinct.size < k) throw new DpmError("INVALID_ARGUMENT", `${fn}: k = ${k} is larger than the number of distinct points (${distinct.size}); lower k`, { path: "k" });
  const seed = opts.seed ?? 1;
  createRng(seed); // validates the seed before any work
  return { data, n, d, k, restarts, maxIter, tol, seed };
}

/** The unvalidated k-means++ + Lloyd/Hamerly kernel over restarts `from` ≤ r < `to` (all by default). */
export function kmeansKernel(data: Float64Array, n: number, d: number, k: number, restarts: number, maxIter: number, tol: number, seed: Seed, from = 0, to = restarts): KmeansResult {
  const rng = createRng(seed);
  let best: KmeansResult | undefined;
  // work buffers shared by all restarts (the seeding distances live in `upper` until Lloyd starts)
  let labels: Int32Array = new Int32Array(n);
  let spare: Int32Array | undefined;
  const upper = new Float64Array(n);
  const lower = new Float64Array(n);
  for (let r = from; r < to; r++) {
    const c = seedPlusPlus(data, n, d, k, rng.fork(r).next, upper);
    const res = lloyd(data, n, d, k, c, labels, upper, lower, maxIter, tol);
    if (best === undefined || res.inertia < best.inertia) {
      best = { centroids: c, labels, inertia: res.inertia, iterations: res.iterations, dimensions: d };
      if (r + 1 < to) {
        // keep the winner's labels; later restarts write into the other buffer
        const next = spare ?? new Int32Array(n);
        spare = labels;
        labels = next;
      }
    }
  }
  return best!;
}
