import { createRng, DpmError, timeSeries, toPeriod, type PeriodLike, type Seed, type TimeSeries } from "@dpm/core";
import type { Interaction } from "../networks/Network.js";
import { assertCount, assertNumber, assertObject, assertProbability, describe } from "../engine/validate.js";

/**
 * One competitor in {@link brandSwitching}.
 *
 * @category Models
 */
export interface Brand {
  /** Name, used for the share series (`shares[name]`). */
  readonly name: string;
  /** Price (any unit; enters utility as `weights.price × price`). */
  readonly price?: number;
  /** Quality score (enters utility as `weights.quality × quality`). */
  readonly quality?: number;
  /** Step at which the brand opens (default 0: present from the start). Before that nobody can choose it. */
  readonly entersAt?: number;
}

/**
 * Utility weights of the logit choice in {@link brandSwitching}.
 *
 * @category Models
 */
export interface ChoiceWeights {
  /** Weight of price (usually negative; default −1). */
  readonly price?: number;
  /** Weight of quality (default 1). */
  readonly quality?: number;
  /** Bonus for staying with the current brand: loyalty / switching cost (default 0). */
  readonly loyalty?: number;
  /** Weight of the share of an agent's neighbours using the brand (default 0; needs a network). */
  readonly social?: number;
}

/**
 * Options for {@link brandSwitching}.
 *
 * @category Models
 */
export interface BrandSwitchingOptions {
  /** Number of customers. */
  readonly size: number;
  /** Number of steps. */
  readonly steps: number;
  /** The competitors (at least one present at step 0). */
  readonly brands: readonly Brand[];
  /** Logit utility weights (ignored when `transitionMatrix` is given). */
  readonly weights?: ChoiceWeights;
  /** Probability that a customer reconsiders in a step (default 1). */
  readonly reconsider?: number;
  /**
   * A fixed Markov transition matrix instead of logit choice: row = current brand, column = next
   * brand, rows summing to 1. Entry dates are ignored in this mode.
   */
  readonly transitionMatrix?: readonly (readonly number[])[];
  /** Shares at step 0 among the brands present then (default: logit shares without loyalty, or equal shares with a matrix). */
  readonly initialShares?: readonly number[];
  /** Random mixing (default) or a network, used by the social weight. */
  readonly interaction?: Interaction;
  /** Random seed (default 0). */
  readonly seed?: Seed;
  /** First period of the output (default `"2026-01"`). */
  readonly start?: PeriodLike;
}

/**
 * The result of {@link brandSwitching}.
 *
 * @category Models
 */
export interface BrandSwitchingResult {
  /** Market share of each brand over `steps + 1` periods, by brand name. */
  readonly shares: Readonly<Record<string, TimeSeries>>;
  /** Customers who changed brand in each step. */
  readonly switches: TimeSeries;
  /** Each customer's final brand index. */
  readonly brandOf: Int32Array;
  /** The seed path used. */
  readonly seed: string;
}

/**
 * Brand switching and market share among competitors.
 *
 * Each customer holds one brand (an `Int32Array`). Every step each customer reconsiders with
 * probability `reconsider` and then picks brand j with the multinomial logit probability
 * P_ij = e^{U_ij} / Σ_k e^{U_ik} over the brands open at that step, where
 * U_ij = w_price·price_j + w_quality·quality_j + w_loyalty·[j = current brand of i]
 *        + w_social·(share of i's neighbours on j, at the start of the step).
 * A brand with `entersAt = s` joins the choice set at step s (a new bakery opening across the
 * street). The update is simultaneous: everyone reads the brands held at the start of the step.
 * With `transitionMatrix` the choice is instead a fixed Markov chain: a customer on brand i moves
 * to j with probability P[i][j], so expected shares follow s(t+1) = s(t)·P.
 *
 * @param options - customers, steps, brands, weights, reconsider probability or transition matrix, interaction, seed
 * @returns share series per brand, switches per step and final brands
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for probabilities outside [0, 1], rows that do not sum to 1,
 *   no brand present at step 0, duplicate names, a social weight without a network, or a negative size
 *
 * @example
 * ```ts
 * import { brandSwitching } from "@dpm/agents";
 *
 * const run = brandSwitching({
 *   size: 10_000,
 *   steps: 2,
 *   brands: [{ name: "K" }, { name: "others" }],
 *   transitionMatrix: [[0.88, 0.12], [0.15, 0.85]],
 *   initialShares: [0.25, 0.75],
 *   seed: 1,
 * });
 * Math.abs(run.shares.K.values[2] - 0.392725) < 0.02; // => true
 * ```
 *
 * @category Models
 */
export function brandSwitching(options: BrandSwitchingOptions): BrandSwitchingResult {
  const fn = "brandSwitching";
  assertObject(options, "options", fn);
  const { size, steps, brands } = options;
  assertCount(size, "size", fn, 1);
  assertCount(steps, "steps", fn);
  if (!Array.isArray(brands) || brands.length === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: brands must be a non-empty array of { name, price, quality, entersAt }.`, { path: "brands" });
  }
  const K = brands.length;
  const names = new Set<string>();
  const price = new Float64Array(K);
  const quality = new Float64Array(K);
  const enters = new Int32Array(K);
  brands.forEach((b, j) => {
    assertObject(b, `brands[${j}]`, fn);
    if (typeof b.name !== "string" || b.name === "" || names.has(b.name)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: brands[${j}].name must be a unique non-empty string, got ${describe(b.name)}.`, {
        path: `brands[${j}].name`,
      });
    }
    names.add(b.name);
    const bp: unknown = b.price ?? 0;
    const bq: unknown = b.quality ?? 0;
    const be: unknown = b.entersAt ?? 0;
    assertNumber(bp, `brands[${j}].price`, fn);
    assertNumber(bq, `brands[${j}].quality`, fn);
    assertCount(be, `brands[${j}].entersAt`, fn);
    price[j] = bp;
    quality[j] = bq;
    enters[j] = be;
  });
  const matrix = options.transitionMatrix;
  const P = matrix === undefined ? undefined : checkMatrix(matrix, K, fn);
  if (P === undefined && !enters.some((e) => e === 0)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: at least one brand must be open at step 0 (entersAt 0).`, { path: "brands" });
  }
  const w = options.weights ?? {};
  assertObject(w, "weights", fn);
  const wPrice = w.price ?? -1;
  const wQuality = w.quality ?? 1;
  const wLoyalty = w.loyalty ?? 0;
  const wSocial = w.social ?? 0;
  assertNumber(wPrice, "weights.price", fn);
  assertNumber(wQuality, "weights.quality", fn);
  assertNumber(wLoyalty, "weights.loyalty", fn);
  assertNumber(wSocial, "weights.social", fn);
  const reconsider = options.reconsider ?? 1;
  assertProbability(reconsider, "reconsider", fn);
  const interaction = options.interaction;
  if (interaction !== undefined && (typeof interaction !== "object" || interaction === null || interaction.size !== size)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: interaction must be randomMixing(size) or a network of ${size} agents.`, { path: "interaction" });
  }
  const network = interaction !== undefined && interaction.kind === "network" ? interaction : undefined;
  if (wSocial !== 0 && network === undefined && P === undefined) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: weights.social needs a network (interaction: wattsStrogatz(…) etc.); under random mixing it is a constant.`, {
      path: "weights.social",
    });
  }

  // Initial shares among brands open at step 0.
  const open0 = new Float64Array(K);
  for (let j = 0; j < K; j++) open0[j] = P !== undefined || enters[j] === 0 ? 1 : 0;
  let init: Float64Array;
  if (options.initialShares !== undefined) {
    init = checkShares(options.initialShares, K, open0, fn);
  } else {
    init = new Float64Array(K);
    let s = 0;
    for (let j = 0; j < K; j++) {
      init[j] = open0[j] === 0 ? 0 : P !== undefined ? 1 : Math.exp(wPrice * (price[j] as number) + wQuality * (quality[j] as number));
      s += init[j] as number;
    }
    for (let j = 0; j < K; j++) init[j] = (init[j] as number) / s;
  }

  const rng = createRng(options.seed ?? 0);
  const next = rng.fork("steps").next;
  const brand = new Int32Array(size);
  assignInitial(brand, init, rng.fork("init").next);

  const start = toPeriod(options.start ?? "2026-01");
  const shareData = new Float64Array(K * (steps + 1));
  const switchData = new Float64Array(steps + 1);
  const counts = new Float64Array(K);
  const record = (t: number) => {
    counts.fill(0);
    for (let i = 0; i < size; i++) {
      const c = brand[i] as number;
      counts[c] = (counts[c] as number) + 1;
    }
    for (let j = 0; j < K; j++) shareData[j * (steps + 1) + t] = (counts[j] as number) / size;
  };
  record(0);

  const base = new Float64Array(K); // e^{utility without loyalty/social}, 0 when closed
  const cum = new Float64Array(K * K); // cumulative choice probabilities given the current brand
  const social = network !== undefined && wSocial !== 0;
  const scratch = new Float64Array(K);
  const L = Math.exp(wLoyalty);
  let nbCounts: Uint32Array | undefined;
  const switchers = new Int32Array(social ? size : 0);
  const switchedFrom = new Int32Array(social ? size : 0);
  // e^{w_social · c/d} for every degree d and neighbour count c ≤ d, when degrees are small.
  let maxDegree = 0;
  if (social && network !== undefined) {
    for (let i = 0; i < size; i++) maxDegree = Math.max(maxDegree, network.degree(i));
  }
  const stride = maxDegree + 1;
  let expTable: Float64Array | undefined;
  if (social && maxDegree <= 512) {
    expTable = new Float64Array(stride * stride);
    for (let d = 1; d <= maxDegree; d++) for (let c = 0; c <= d; c++) expTable[d * stride + c] = Math.exp((wSocial * c) / d);
    expTable[0] = 1;
  }
  for (let t = 1; t <= steps; t++) {
    if (P !== undefined) {
      cumulativeRows(P, K, cum);
    } else {
      for (let j = 0; j < K; j++) base[j] = (enters[j] as number) <= t ? Math.exp(wPrice * (price[j] as number) + wQuality * (quality[j] as number)) : 0;
      for (let c = 0; c < K; c++) {
        let s = 0;
        for (let j = 0; j < K; j++) s += (base[j] as number) * (j === c ? L : 1);
        let acc = 0;
        for (let j = 0; j < K; j++) {
          acc += ((base[j] as number) * (j === c ? L : 1)) / s;
          cum[c * K + j] = acc;
        }
        // Rounding must never pick a closed brand past the last open one.
        for (let j = lastOpen(base); j < K; j++) cum[c * K + j] = 2;
      }
    }
    let switched: number;
    if (social && network !== undefined) {
      nbCounts ??= neighbourCounts(brand, K, network.offsets, network.targets);
      switched = socialStep(brand, nbCounts, switchers, switchedFrom, base, L, wSocial, reconsider, K, network.offsets, network.targets, scratch, next, expTable, stride);
    } else {
      switched = tableStep(brand, cum, K, reconsider, next);
    }
    switchData[t] = switched;
    record(t);
  }

  const shares: Record<string, TimeSeries> = {};
  brands.forEach((b, j) => {
    shares[b.name] = timeSeries(start, shareData.subarray(j * (steps + 1), (j + 1) * (steps + 1)), { name: b.name });
  });
  return { shares, switches: timeSeries(start, switchData, { name: "switches" }), brandOf: brand, seed: rng.seed };
}

/** @internal Choice from a per-current-brand cumulative table (no social term). */
export function tableStep(brand: Int32Array, cum: Float64Array, K: number, reconsider: number, next: () => number): number {
  let switched = 0;
  const n = brand.length;
  const last = K - 1;
  for (let i = 0; i < n; i++) {
    if (reconsider < 1 && next() >= reconsider) continue;
    const c = brand[i] as number;
    const u = next();
    const row = c * K;
    let j = 0;
    while (j < last && u >= (cum[row + j] as number)) j++;
    if (j !== c) {
      brand[i] = j;
      switched++;
    }
  }
  return switched;
}

/**
 * @internal Logit choice with a social term (simultaneous update). `counts[i·K + j]` holds how many
 * of i's neighbours were on brand j at the start of the step; switches are applied to the counts
 * after the sweep (only switchers touch their neighbours), so no per-step copy of the brands is needed.
 */
export function socialStep(
  brand: Int32Array,
  counts: Uint32Array,
  switchers: Int32Array,
  from: Int32Array,
  base: Float64Array,
  L: number,
  wSocial: number,
  reconsider: number,
  K: number,
  offsets: Uint32Array,
  targets: Uint32Array,
  w: Float64Array,
  next: () => number,
  expTable: Float64Array | undefined,
  stride: number,
): number {
  let switched = 0;
  const n = brand.length;
  for (let i = 0; i < n; i++) {
    if (reconsider < 1 && next() >= reconsider) continue;
    const c = brand[i] as number;
    const d = (offsets[i + 1] as number) - (offsets[i] as number);
    const inv = d > 0 ? wSocial / d : 0;
    const row = i * K;
    let s = 0;
    for (let j = 0; j < K; j++) {
      const bj = base[j] as number;
      const m = counts[row + j] as number;
      const social = expTable !== undefined ? (expTable[d * stride + m] as number) : Math.exp(inv * m);
      const x = bj === 0 ? 0 : bj * social * (j === c ? L : 1);
      w[j] = x;
      s += x;
    }
    let u = next() * s;
    let j = 0;
    while (j < K - 1 && u >= (w[j] as number)) {
      u -= w[j] as number;
      j++;
    }
    while ((w[j] as number) === 0 && j > 0) j--; // never land on a closed brand
    if (j !== c) {
      brand[i] = j;
      switchers[switched] = i;
      from[switched] = c;
      switched++;
    }
  }
  for (let k = 0; k < switched; k++) {
    const i = switchers[k] as number;
    const oldRow = from[k] as number;
    const newRow = brand[i] as number;
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) {
      const v = (targets[e] as number) * K;
      counts[v + oldRow] = (counts[v + oldRow] as number) - 1;
      counts[v + newRow] = (counts[v + newRow] as number) + 1;
    }
  }
  return switched;
}

/** @internal Per-agent neighbour counts by brand. */
export function neighbourCounts(brand: Int32Array, K: number, offsets: Uint32Array, targets: Uint32Array): Uint32Array {
  const n = brand.length;
  const counts = new Uint32Array(n * K);
  for (let i = 0; i < n; i++) {
    for (let e = offsets[i] as number; e < (offsets[i + 1] as number); e++) {
      const k = i * K + (brand[targets[e] as number] as number);
      counts[k] = (counts[k] as number) + 1;
    }
  }
  return counts;
}

function lastOpen(base: Float64Array): number {
  let j = base.length - 1;
  while (j > 0 && base[j] === 0) j--;
  return j;
}

function cumulativeRows(P: Float64Array, K: number, cum: Float64Array): void {
  for (let c = 0; c < K; c++) {
    let acc = 0;
    for (let j = 0; j < K; j++) {
      acc += P[c * K + j] as number;
      cum[c * K + j] = acc;
    }
    cum[c * K + K - 1] = 2;
  }
}

function assignInitial(brand: Int32Array, shares: Float64Array, next: () => number): void {
  // Exact counts by largest remainder, then a random permutation: shares at t = 0 are as given.
  const n = brand.length;
  const K = shares.length;
  const counts = new Int32Array(K);
  let assigned = 0;
  for (let j = 0; j < K; j++) {
    counts[j] = Math.floor((shares[j] as number) * n);
    assigned += counts[j] as number;
  }
  const rem = Array.from(shares, (s, j) => ({ j, r: s * n - Math.floor(s * n) })).sort((a, b) => b.r - a.r || a.j - b.j);
  for (let k = 0; assigned < n; k++, assigned++) {
    const j = (rem[k % K] as { j: number }).j;
    counts[j] = (counts[j] as number) + 1;
  }
  let i = 0;
  for (let j = 0; j < K; j++) for (let c = 0; c < (counts[j] as number); c++) brand[i++] = j;
  for (let a = n - 1; a > 0; a--) {
    const b = Math.floor(next() * (a + 1));
    const t = brand[a] as number;
    brand[a] = brand[b] as number;
    brand[b] = t;
  }
}

function checkMatrix(matrix: readonly (readonly number[])[], K: number, fn: string): Float64Array {
  if (!Array.isArray(matrix) || matrix.length !== K) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: transitionMatrix must have one row per brand (${K}).`, { path: "transitionMatrix" });
  }
  const P = new Float64Array(K * K);
  matrix.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== K) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: transitionMatrix[${i}] must have ${K} entries.`, { path: `transitionMatrix[${i}]` });
    }
    let s = 0;
    row.forEach((x, j) => {
      assertProbability(x, `transitionMatrix[${i}][${j}]`, fn);
      P[i * K + j] = x;
      s += x;
    });
    if (Math.abs(s - 1) > 1e-9) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: transitionMatrix[${i}] sums to ${s}; each row (current brand) must sum to 1.`, {
        path: `transitionMatrix[${i}]`,
      });
    }
  });
  return P;
}

function checkShares(shares: readonly number[], K: number, open: Float64Array, fn: string): Float64Array {
  if (!Array.isArray(shares) || shares.length !== K) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: initialShares must have one entry per brand (${K}).`, { path: "initialShares" });
  }
  const out = new Float64Array(K);
  let s = 0;
  shares.forEach((x, j) => {
    assertProbability(x, `initialShares[${j}]`, fn);
    if (x > 0 && open[j] === 0) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: initialShares[${j}] is ${x} but that brand only opens later (entersAt > 0); set it to 0.`, {
        path: `initialShares[${j}]`,
      });
    }
    out[j] = x;
    s += x;
  });
  if (Math.abs(s - 1) > 1e-9) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: initialShares sum to ${s}; they must sum to 1.`, { path: "initialShares" });
  }
  return out;
}
