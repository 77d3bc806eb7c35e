import { checkOptions } from "../errors/checkOptions.js";
import { DpmError } from "../errors/DpmError.js";
import { assertFinite, assertInteger, describeValue } from "../errors/validate.js";
import { createRng } from "../random/Rng.js";

/**
 * Evaluates a batch of candidate points for {@link patternSearch}: `points` holds `count` points
 * of n coordinates, row-major (`points[k * n + i]`). Write each point's objective (to be
 * minimised) into `objective[k]` and its constraint violation (≥ 0; 0 = feasible) into
 * `violation[k]`. Evaluating many points per call is what makes vectorized model runs pay.
 *
 * @category Decision
 */
export type BatchEvaluator = (points: Float64Array, count: number, objective: Float64Array, violation: Float64Array) => void;

/**
 * Progress of a {@link patternSearch}, reported after every batch.
 *
 * @category Decision
 */
export interface PatternSearchProgress {
  /** Points evaluated so far. */
  readonly evaluations: number;
  /** Polls so far. */
  readonly iterations: number;
  /** The best objective so far (`Infinity` while no feasible point is known). */
  readonly best: number;
}

/**
 * Options of {@link patternSearch}.
 *
 * @category Decision
 */
export interface PatternSearchOptions {
  /** Lower bound per coordinate (finite). */
  readonly lower: ArrayLike<number>;
  /** Upper bound per coordinate (finite, ≥ lower). */
  readonly upper: ArrayLike<number>;
  /** Grid step per coordinate: values `lower + k·step`; 0 (default) = continuous. */
  readonly steps?: ArrayLike<number>;
  /** Starting point (default: the best point of a coarse grid). */
  readonly x0?: ArrayLike<number>;
  /** Points per coordinate of the coarse starting grid (default: about 512 points in all, 3–11 per coordinate). */
  readonly gridPoints?: number;
  /** All-discrete problems with at most this many grid points are enumerated exhaustively (default 4096). */
  readonly exhaustiveLimit?: number;
  /** Final mesh size as a share of each coordinate's range (default 1e-9). */
  readonly tolerance?: number;
  /** Points evaluated at most (default 50,000). */
  readonly maxEvaluations?: number;
  /** Polls at most (default 2,000). */
  readonly maxIterations?: number;
  /** Called after every evaluated batch. */
  readonly onProgress?: (progress: PatternSearchProgress) => void;
  /**
   * Before stopping, try moves that step one coordinate and line-search another (default true):
   * they follow kinked ridges such as `min(baked, demand(price))` at the cost of about
   * 4·n·(n − 1)·log₂(range/step) extra evaluations per stop.
   */
  readonly ridgeSearch?: boolean;
}

/**
 * Result of {@link patternSearch}.
 *
 * @category Decision
 */
export interface PatternSearchResult {
  /** The best point (feasible if any feasible point was seen; else the least violating). */
  readonly x: Float64Array;
  readonly objective: number;
  readonly violation: number;
  readonly evaluations: number;
  readonly iterations: number;
  /** `"exhaustive"`: every grid point was evaluated (the global optimum on the grid). */
  readonly method: "exhaustive" | "patternSearch";
  /** Why it stopped: the mesh reached the tolerance (or the grid was exhausted), or a limit. */
  readonly status: "converged" | "maxEvaluations" | "maxIterations";
  /** The final mesh size per coordinate (in the coordinate's units; the grid step for discrete ones). */
  readonly mesh: Float64Array;
}

const KEYS = ["lower", "upper", "steps", "x0", "gridPoints", "exhaustiveLimit", "tolerance", "maxEvaluations", "maxIterations", "onProgress", "ridgeSearch"];

/** @internal a better than b: feasible first, then the objective; among infeasible points, less violation. */
export function isBetter(fa: number, va: number, fb: number, vb: number): boolean {
  if (va <= 0) return vb > 0 || fa < fb;
  return vb > 0 && va < vb;
}

/**
 * Minimises an objective over a box — some coordinates continuous, some on grids (integers,
 * price steps) — subject to constraints the evaluator reports as a violation. The engine under
 * `optimizeModel` and `optimizeUnderUncertainty`, public for custom decision problems.
 *
 * All-discrete problems small enough (`exhaustiveLimit`) are enumerated: the answer is the
 * global optimum on the grid. Otherwise a coarse grid picks the start, then a mesh-adaptive
 * pattern search polls ± each coordinate and seeded pseudo-random directions (so it can slide
 * along a binding constraint), follows successful moves with doubling pattern steps, and halves
 * the mesh after a failed poll until it is below `tolerance` of every range. Candidates are
 * compared feasible-first: any feasible point beats any infeasible one; infeasible ones by their
 * violation. Deterministic: the same problem gives the same answer. A local method: on a
 * multimodal objective it returns a local optimum near the best grid point.
 *
 * @param evaluate - evaluates a batch of points (objective to minimise, violation ≥ 0)
 * @param options - bounds, grid steps, start, limits, progress callback
 * @returns the best point, its objective and violation, and the counts
 * @throws {@link DpmError} `INVALID_ARGUMENT` for lower > upper, negative steps or bad limits,
 *   `LENGTH_MISMATCH` when the bounds/steps/x0 lengths differ, `NON_FINITE` when the evaluator
 *   writes NaN or a negative violation
 *
 * @example
 * ```ts
 * import { patternSearch } from "@dpm/core";
 *
 * // Minimise (x − 3)² + (y − 1)² with x on a 0.5 grid and y continuous, subject to x + y ≤ 3.
 * const r = patternSearch(
 *   (p, count, objective, violation) => {
 *     for (let k = 0; k < count; k++) {
 *       const x = p[2 * k] as number;
 *       const y = p[2 * k + 1] as number;
 *       objective[k] = (x - 3) ** 2 + (y - 1) ** 2;
 *       violation[k] = Math.max(0, x + y - 3);
 *     }
 *   },
 *   { lower: [0, 0], upper: [5, 5], steps: [0.5, 0] },
 * );
 * r.x[0]; // => 2.5
 * r.x[1]?.toFixed(6); // => "0.500000"
 * ```
 *
 * @category Decision
 */
export function patternSearch(evaluate: BatchEvaluator, options: PatternSearchOptions): PatternSearchResult {
  const fn = "patternSearch";
  if (typeof evaluate !== "function") throw new DpmError("INVALID_ARGUMENT", `${fn}: evaluate must be a function (points, count, objective, violation) => void.`, { path: "evaluate" });
  if (options === undefined) throw new DpmError("INVALID_ARGUMENT", `${fn}: pass the bounds as options, e.g. { lower: [0], upper: [10] }.`, { path: "options" });
  const o = checkOptions(options, KEYS, fn, "{ lower: [0], upper: [10] }");
  const box = readBox(o.lower, o.upper, o.steps, fn);
  let x0: Float64Array | undefined;
  if (o.x0 !== undefined) {
    x0 = readVector(o.x0, "x0", box.n, fn);
    for (let i = 0; i < box.n; i++) x0[i] = snap(box, i, x0[i] as number);
  }
  const limits = readLimits(o, fn);
  if (o.ridgeSearch !== undefined && typeof o.ridgeSearch !== "boolean") throw new DpmError("INVALID_ARGUMENT", `${fn}: ridgeSearch must be true or false.`, { path: "ridgeSearch" });
  return searchBox(evaluate, box, { ...limits, x0, onProgress: o.onProgress, ridgeSearch: o.ridgeSearch ?? true }, fn);
}

/** @internal A validated box: bounds, steps (0 = continuous) and grid sizes. */
export interface Box {
  readonly n: number;
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly steps: Float64Array;
  /** Grid points − 1 per discrete coordinate (0 for fixed or continuous). */
  readonly cells: Float64Array;
}

/** @internal */
export interface SearchLimits {
  readonly gridPoints?: number;
  readonly exhaustiveLimit: number;
  readonly tolerance: number;
  readonly maxEvaluations: number;
  readonly maxIterations: number;
}

/** @internal */
export function readLimits(o: Partial<PatternSearchOptions>, fn: string, defaults: Partial<SearchLimits> = {}): SearchLimits {
  const gridPoints = o.gridPoints;
  if (gridPoints !== undefined) assertInteger(gridPoints, "gridPoints", fn, 2, 1001);
  const exhaustiveLimit = o.exhaustiveLimit ?? defaults.exhaustiveLimit ?? 4096;
  assertInteger(exhaustiveLimit, "exhaustiveLimit", fn, 0, 1e7);
  const tolerance = o.tolerance ?? defaults.tolerance ?? 1e-9;
  assertFinite(tolerance, "tolerance", fn);
  if (tolerance <= 0 || tolerance >= 1) throw new DpmError("INVALID_ARGUMENT", `${fn}: tolerance is a share of each range, between 0 and 1 (e.g. 1e-9); got ${tolerance}.`, { path: "tolerance" });
  const maxEvaluations = o.maxEvaluations ?? defaults.maxEvaluations ?? 50_000;
  assertInteger(maxEvaluations, "maxEvaluations", fn, 1, 1e9);
  const maxIterations = o.maxIterations ?? defaults.maxIterations ?? 2000;
  assertInteger(maxIterations, "maxIterations", fn, 1, 1e8);
  if (o.onProgress !== undefined && typeof o.onProgress !== "function") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: onProgress must be a function, got ${describeValue(o.onProgress)}.`, { path: "onProgress" });
  }
  return { ...(gridPoints === undefined ? {} : { gridPoints }), exhaustiveLimit, tolerance, maxEvaluations, maxIterations };
}

function readVector(v: unknown, name: string, n: number | undefined, fn: string): Float64Array {
  if (v === null || typeof v !== "object" || typeof (v as ArrayLike<number>).length !== "number") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be an array of numbers, got ${describeValue(v)}.`, { path: name });
  }
  const a = v as ArrayLike<unknown>;
  if (n !== undefined && a.length !== n) throw new DpmError("LENGTH_MISMATCH", `${fn}: ${name} has ${a.length} values; expected ${n} (one per coordinate).`, { path: name });
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    assertFinite(a[i], `${name}[${i}]`, fn);
    out[i] = a[i] as number;
  }
  return out;
}

/** @internal Validates bounds and steps. */
export function readBox(lowerIn: unknown, upperIn: unknown, stepsIn: unknown, fn: string, names?: readonly string[]): Box {
  const label = (i: number) => (names === undefined ? `[${i}]` : ` of "${names[i]}"`);
  const lower = readVector(lowerIn, "lower", undefined, fn);
  const n = lower.length;
  if (n === 0) throw new DpmError("EMPTY", `${fn}: give at least one coordinate (lower and upper of length ≥ 1).`, { path: "lower" });
  const upper = readVector(upperIn, "upper", n, fn);
  const steps = stepsIn === undefined ? new Float64Array(n) : readVector(stepsIn, "steps", n, fn);
  const cells = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const lo = lower[i] as number;
    const hi = upper[i] as number;
    const s = steps[i] as number;
    if (lo > hi) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: the lower bound${label(i)} (${lo}) is above the upper bound (${hi}); swap them or widen the range.`, {
        path: names === undefined ? `lower[${i}]` : `decisions.${names[i]}`,
        details: { lower: lo, upper: hi },
      });
    }
    if (s < 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: the step${label(i)} must be ≥ 0 (0 = continuous), got ${s}.`, { path: names === undefined ? `steps[${i}]` : `decisions.${names[i]}.step` });
    if (s > 0) {
      const k = Math.floor((hi - lo) / s + 1e-9);
      if (k > 1e12) throw new DpmError("INVALID_ARGUMENT", `${fn}: the step${label(i)} (${s}) makes more than 10¹² grid points; use a coarser step or a continuous decision.`, { path: "steps" });
      cells[i] = k;
      upper[i] = lo + k * s;
    }
  }
  return { n, lower, upper, steps, cells };
}

/** @internal The nearest admissible value of coordinate i. */
export function snap(box: Box, i: number, v: number): number {
  const lo = box.lower[i] as number;
  const hi = box.upper[i] as number;
  const s = box.steps[i] as number;
  if (s > 0) return lo + Math.min(box.cells[i] as number, Math.max(0, Math.round((v - lo) / s))) * s;
  return Math.min(hi, Math.max(lo, v));
}

interface RunOptions extends SearchLimits {
  readonly x0?: Float64Array;
  readonly ridgeSearch?: boolean;
  readonly onProgress?: (progress: PatternSearchProgress) => void;
}

/** @internal The search over a validated box. */
export function searchBox(evaluate: BatchEvaluator, box: Box, opts: RunOptions, fn: string): PatternSearchResult {
  const { n, lower, upper, steps, cells } = box;
  const range = Float64Array.from(upper, (u, i) => u - (lower[i] as number));
  const active: number[] = [];
  for (let i = 0; i < n; i++) if ((range[i] as number) > 0) active.push(i);
  const discrete = active.every((i) => (steps[i] as number) > 0);
  let evaluations = 0;
  let iterations = 0;
  const best = { x: Float64Array.from(lower), f: Infinity, v: Infinity };
  let limitHit: "maxEvaluations" | "maxIterations" | undefined;

  // Evaluates up to `count` points from `pts` (row-major); updates the best; returns the batch's values.
  const run = (pts: Float64Array, count: number): { f: Float64Array; v: Float64Array; count: number } => {
    const m = Math.min(count, opts.maxEvaluations - evaluations);
    const f = new Float64Array(m);
    const v = new Float64Array(m);
    if (m <= 0) return { f, v, count: 0 };
    evaluate(m === count ? pts : pts.subarray(0, m * n), m, f, v);
    evaluations += m;
    for (let k = 0; k < m; k++) {
      const fk = f[k] as number;
      const vk = v[k] as number;
      if (Number.isNaN(fk) || Number.isNaN(vk) || vk < 0 || fk === -Infinity) {
        const at = Array.from(pts.subarray(k * n, (k + 1) * n));
        throw new DpmError("NON_FINITE", `${fn}: the objective/violation at [${at.join(", ")}] is ${fk}/${vk}; the evaluator must give a number (Infinity = impossible) and a violation ≥ 0.`, {
          details: { x: at, objective: fk, violation: vk },
        });
      }
      if (isBetter(fk, vk, best.f, best.v)) {
        best.f = fk;
        best.v = vk;
        best.x = pts.slice(k * n, (k + 1) * n);
      }
    }
    if (m < count) limitHit = "maxEvaluations";
    opts.onProgress?.({ evaluations, iterations, best: best.v <= 0 ? best.f : Infinity });
    return { f, v, count: m };
  };

  // Enumerates a grid given per-coordinate value lists, in batches.
  const enumerate = (values: Float64Array[]): void => {
    const total = values.reduce((p, a) => p * a.length, 1);
    const B = 1024;
    const pts = new Float64Array(Math.min(B, total) * n);
    const idx = new Int32Array(n);
    for (let first = 0; first < total && limitHit === undefined; first += B) {
      const m = Math.min(B, total - first);
      for (let k = 0; k < m; k++) {
        for (let i = 0; i < n; i++) pts[k * n + i] = (values[i] as Float64Array)[idx[i] as number] as number;
        for (let i = n - 1; i >= 0; i--) {
          idx[i] = (idx[i] as number) + 1;
          if ((idx[i] as number) < (values[i] as Float64Array).length) break;
          idx[i] = 0;
        }
      }
      run(pts, m);
    }
  };

  const gridSize = active.reduce((p, i) => p * ((cells[i] as number) + 1), 1);
  if (discrete && gridSize <= Math.min(opts.exhaustiveLimit, opts.maxEvaluations)) {
    enumerate(Array.from({ length: n }, (_, i) => Float64Array.from({ length: (cells[i] as number) + 1 }, (_, k) => (lower[i] as number) + k * (steps[i] as number))));
    const mesh = Float64Array.from(steps);
    return { x: best.x, objective: best.f, violation: best.v, evaluations, iterations, method: "exhaustive", status: limitHit ?? "converged", mesh };
  }

  // Start: x0, or the best point of a coarse grid.
  let delta: number;
  if (opts.x0 !== undefined) {
    run(opts.x0, 1);
    delta = 0.25;
  } else {
    const g = opts.gridPoints ?? Math.max(3, Math.min(11, Math.floor(Math.pow(512, 1 / Math.max(1, active.length)))));
    enumerate(
      Array.from({ length: n }, (_, i) => {
        if ((range[i] as number) === 0) return Float64Array.of(lower[i] as number);
        const pts = (steps[i] as number) > 0 ? Math.min(g, (cells[i] as number) + 1) : g;
        const vals = Float64Array.from({ length: pts }, (_, k) => snap(box, i, (lower[i] as number) + ((range[i] as number) * k) / (pts - 1)));
        return Float64Array.from(new Set(vals));
      }),
    );
    delta = 1 / (g - 1);
  }

  // Pattern steps: keep going in a successful direction, doubling, while it improves.
  function patternSteps(dir: Float64Array): void {
    for (let scale = 1; limitHit === undefined && scale < 1e6; scale *= 2) {
      const from = best.x;
      for (let i = 0; i < n; i++) trial[i] = snap(box, i, (from[i] as number) + scale * (dir[i] as number));
      let differs = false;
      for (let i = 0; i < n && !differs; i++) differs = trial[i] !== from[i];
      if (!differs) break;
      run(trial, 1);
      if (best.x === from) break;
    }
  }
  const rng = createRng("@dpm/core/patternSearch");
  const dirs = 2 * active.length;
  const poll = new Float64Array((2 * active.length + 2 * dirs) * n);
  const trial = new Float64Array(n);
  const minDelta = (i: number): number => ((steps[i] as number) > 0 ? (steps[i] as number) / (range[i] as number) : opts.tolerance);
  // The finest mesh: every discrete coordinate polls exactly one grid step, every continuous one
  // at most the tolerance. A failed poll there means convergence.
  const atFinest = (): boolean => active.every((i) => ((steps[i] as number) > 0 ? delta * (range[i] as number) < 1.5 * (steps[i] as number) : delta <= opts.tolerance * (1 + 1e-9)));
  let finished = false;
  const done = (): boolean => finished;
  const move = (x: Float64Array, i: number, d: number, forceMove: boolean): number => {
    const s = steps[i] as number;
    let v = (x[i] as number) + d * delta * (range[i] as number);
    if (s > 0) {
      let k = Math.round((v - (x[i] as number)) / s);
      if (k === 0 && forceMove) k = d > 0 ? 1 : -1;
      v = (x[i] as number) + k * s;
    }
    return snap(box, i, v);
  };

  // After a failed poll at a point on a constraint's boundary: step along the boundary, in the
  // objective's steepest descent projected on the tangent of the violation (both gradients by the
  // central differences the coordinate poll already evaluated) — what lets the search slide along
  // a binding constraint that no coordinate direction follows.
  const slide = (x: Float64Array, polled: { f: Float64Array; v: Float64Array; count: number }, plus: Int32Array, minus: Int32Array): void => {
    const gf = new Float64Array(n);
    const gv = new Float64Array(n);
    let gvNorm = 0;
    for (const i of active) {
      const p = plus[i] as number;
      const m = minus[i] as number;
      if (p < 0 || m < 0 || p >= polled.count || m >= polled.count) continue;
      gf[i] = ((polled.f[p] as number) - (polled.f[m] as number)) / (2 * delta);
      gv[i] = ((polled.v[p] as number) - (polled.v[m] as number)) / delta;
      if (!Number.isFinite(gf[i] as number)) gf[i] = 0;
      gvNorm += (gv[i] as number) ** 2;
    }
    if (!(gvNorm > 0) || !Number.isFinite(gvNorm)) return;
    let dot = 0;
    for (let i = 0; i < n; i++) dot += (gf[i] as number) * (gv[i] as number);
    const d = Float64Array.from(gf, (g, i) => -(g - (dot / gvNorm) * (gv[i] as number)));
    let norm = 0;
    for (let i = 0; i < n; i++) norm += (d[i] as number) ** 2;
    norm = Math.sqrt(norm);
    if (!(norm > 0) || !Number.isFinite(norm)) return;
    const pts = new Float64Array(3 * n);
    let count = 0;
    for (const scale of [1, 0.25, 4]) {
      for (let i = 0; i < n; i++) pts[count * n + i] = snap(box, i, (x[i] as number) + ((scale * delta * (d[i] as number)) / norm) * (range[i] as number));
      count++;
    }
    run(pts, count);
  };

  // Before declaring convergence: step one coordinate (a grid step, or 0.1 % of its range) and
  // line-search another geometrically — the moves that follow a kinked ridge such as
  // baked = demand(price), which no single-coordinate or random move improves. Only with ≥ 2
  // coordinates and when `ridgeSearch` is on.
  const ridgeStage = (): boolean => {
    if (!(opts.ridgeSearch ?? true) || active.length < 2) return false;
    const x = best.x;
    const pts: number[] = [];
    const push = (i: number, vi: number, j: number, vj: number): void => {
      if (vi === x[i] || vj === x[j]) return;
      for (let c = 0; c < n; c++) pts.push(c === i ? vi : c === j ? vj : (x[c] as number));
    };
    for (const i of active) {
      const si = (steps[i] as number) > 0 ? (steps[i] as number) : 1e-3 * (range[i] as number);
      for (const sign of [1, -1]) {
        const vi = snap(box, i, (x[i] as number) + sign * si);
        for (const j of active) {
          if (j === i) continue;
          const sj = (steps[j] as number) > 0 ? (steps[j] as number) : opts.tolerance * (range[j] as number);
          for (let m = sj; m <= (range[j] as number); m *= 2) {
            push(i, vi, j, snap(box, j, (x[j] as number) + m));
            push(i, vi, j, snap(box, j, (x[j] as number) - m));
          }
        }
      }
    }
    if (pts.length === 0) return false;
    run(Float64Array.from(pts), pts.length / n);
    return best.x !== x;
  };

  while (limitHit === undefined) {
    if (done()) {
      const from = best.x;
      if (!ridgeStage()) break;
      finished = false;
      delta = Math.max(opts.tolerance, ...active.map((i) => 2 * minDelta(i)));
      const dir = Float64Array.from(best.x, (b, i) => b - (from[i] as number));
      patternSteps(dir);
      continue;
    }
    if (iterations >= opts.maxIterations) {
      limitHit = "maxIterations";
      break;
    }
    iterations++;
    const x = best.x;
    let count = 0;
    const add = (p: Float64Array): void => {
      for (let c = 0; c < count; c++) {
        let same = true;
        for (let i = 0; i < n && same; i++) same = poll[c * n + i] === p[i];
        if (same) return;
      }
      let differs = false;
      for (let i = 0; i < n && !differs; i++) differs = p[i] !== x[i];
      if (differs) poll.set(p, n * count++);
    };
    // Coordinate polls first, remembering where x ± Δ·e_i of each continuous coordinate sits.
    const plus = new Int32Array(n).fill(-1);
    const minus = new Int32Array(n).fill(-1);
    for (const i of active) {
      for (const sign of [1, -1]) {
        trial.set(x);
        trial[i] = move(x, i, sign, true);
        const before = count;
        add(trial);
        const exact = (steps[i] as number) === 0 && Math.abs((trial[i] as number) - (x[i] as number) - sign * delta * (range[i] as number)) <= 1e-12 * (range[i] as number);
        if (count > before && exact) (sign > 0 ? plus : minus)[i] = before;
      }
    }
    // Random directions reach further than the mesh (poll size √Δ, as in MADS): long diagonal moves
    // at a fine resolution, which is what follows a ridge such as baked = demand(price).
    const pollScale = Math.min(1 / delta, 1 / Math.sqrt(delta));
    for (let r = 0; r < dirs; r++) {
      let norm = 0;
      const u = new Float64Array(n);
      for (const i of active) {
        u[i] = rng.normal();
        norm += (u[i] as number) ** 2;
      }
      norm = Math.sqrt(norm) || 1;
      for (const sign of [1, -1]) {
        trial.set(x);
        for (const i of active) trial[i] = move(x, i, (sign * pollScale * (u[i] as number)) / norm, false);
        add(trial);
      }
    }
    const pollAtFinest = atFinest();
    const before = { f: best.f, v: best.v, x };
    const polled = run(poll, count);
    if (best.x === x && limitHit === undefined) slide(x, polled, plus, minus);
    if (best.x === x) {
      if (pollAtFinest) finished = true;
      else delta /= 2;
      continue;
    }
    patternSteps(Float64Array.from(best.x, (b, i) => b - (before.x[i] as number)));
  }
  const mesh = Float64Array.from(range, (r, i) => ((steps[i] as number) > 0 ? Math.max(steps[i] as number, Math.round((delta * r) / (steps[i] as number)) * (steps[i] as number)) : delta * r));
  return { x: best.x, objective: best.f, violation: best.v, evaluations, iterations, method: "patternSearch", status: limitHit ?? "converged", mesh };
}
