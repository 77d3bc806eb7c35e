import { ndtri } from "../distributions/Distribution.js";
import { UniformStream } from "../random/UniformStream.js";
import { correlateInPlace } from "../sampling/gaussianCopula.js";
import { imanConoverRanks } from "../sampling/imanConover.js";
import { stratifiedInto } from "../sampling/latinHypercube.js";
import { radixSortFloat64 } from "../stats/radixSort.js";
import type { InputPlan, SamplingPlan } from "./samplingPlan.js";

/** Iterations sampled, evaluated and summarised together: small enough to stay in L2 cache. */
export const BLOCK = 4096;

/**
 * @internal The stream of input `name` in chunk c (period t for per-period inputs): seeded by the
 * path `${seed}/fork:${c}/fork:${name}[/fork:${t}]`, i.e. exactly
 * `createRng(seed).fork(c).fork(name)[.fork(t)]` — never by thread or worker.
 */
export function chunkStream(plan: SamplingPlan, c: number, key: string, t: number | undefined): UniformStream {
  return new UniformStream(`${plan.seedPath}/fork:${c}/fork:${key}${t === undefined ? "" : `/fork:${t}`}`);
}

/**
 * @internal Draws the inputs of one chunk block by block. `begin(c, n)` opens the chunk's streams
 * and does what needs the whole chunk (Latin hypercube strata, Iman–Conover rearrangements);
 * `block(from, to)` then returns every input's draws for iterations [from, to) of the chunk. Each
 * stream is read in order, so the draws do not depend on the block size. Buffers are reused from
 * chunk to chunk.
 */
export class ChunkSampler {
  private readonly T: number;
  private streams: UniformStream[][] = [];
  /** Per input and period: chunk-level values (stratified uniforms, or Iman–Conover draws). */
  private readonly chunkLevel: Float64Array[][];
  /** Per input: the block's draws, (to − from) × periods when drawn per period. */
  private readonly blocks: Float64Array[];
  private readonly scratch: Float64Array[];
  private c = 0;
  private n = 0;

  constructor(private readonly plan: SamplingPlan) {
    this.T = plan.periods;
    const C = Math.min(plan.chunkSize, plan.iterations);
    const B = Math.min(BLOCK, C);
    const periodsOf = (x: InputPlan) => (x.perPeriod ? this.T : 1);
    this.chunkLevel = plan.inputs.map((x, i) =>
      plan.sampling === "lhs" || (plan.groupOf[i] !== -1 && plan.groups[plan.groupOf[i] as number]?.method === "imanConover")
        ? Array.from({ length: periodsOf(x) }, () => new Float64Array(C))
        : [],
    );
    this.blocks = plan.inputs.map((x) => new Float64Array(B * periodsOf(x)));
    const largest = Math.max(0, ...plan.groups.map((g) => g.members.length));
    this.scratch = Array.from({ length: largest }, () => new Float64Array(C));
  }

  begin(c: number, n: number): void {
    const plan = this.plan;
    this.c = c;
    this.n = n;
    this.streams = plan.inputs.map((x) => Array.from({ length: x.perPeriod ? this.T : 1 }, (_, t) => chunkStream(plan, c, x.name, x.perPeriod ? t : undefined)));
    // Latin hypercube: the chunk's strata, one permutation per input (and period).
    if (plan.sampling === "lhs") {
      plan.inputs.forEach((_, i) => {
        const ic = plan.groupOf[i] !== -1 && plan.groups[plan.groupOf[i] as number]?.method === "imanConover";
        if (ic) return;
        (this.chunkLevel[i] as Float64Array[]).forEach((u, t) => stratifiedInto(u, n, (this.streams[i] as UniformStream[])[t] as UniformStream, false));
      });
    }
    // Iman–Conover: sorted draws of each member, rearranged to the ranks of correlated scores.
    for (const group of plan.groups) {
      if (group.method !== "imanConover") continue;
      const perPeriod = (plan.inputs[group.members[0] as number] as InputPlan).perPeriod;
      for (let t = 0; t < (perPeriod ? this.T : 1); t++) {
        const sorted = this.scratch;
        group.members.forEach((i, j) => {
          const s = (sorted[j] as Float64Array).subarray(0, n);
          const input = plan.inputs[i] as InputPlan;
          const src = (this.streams[i] as UniformStream[])[t] as UniformStream;
          if (plan.sampling === "lhs") {
            stratifiedInto(s, n, src, true);
            input.dist._quantileInto(s, s, 0, n);
          } else {
            input.dist._sampleInto(s, src, 0, n);
            radixSortFloat64(s, n);
          }
        });
        const ranks = imanConoverRanks(n, group.members.length, group.factor, chunkStream(plan, c, group.key, perPeriod ? t : undefined));
        group.members.forEach((i, j) => {
          const s = sorted[j] as Float64Array;
          const rk = ranks[j] as Int32Array;
          const o = (this.chunkLevel[i] as Float64Array[])[t] as Float64Array;
          for (let r = 0; r < n; r++) o[r] = s[rk[r] as number] as number;
        });
      }
    }
  }

  /** Draws for iterations [from, to) of the current chunk, per input (views into reused buffers). */
  block(from: number, to: number): Float64Array[] {
    const plan = this.plan;
    const m = to - from;
    const T = this.T;
    plan.inputs.forEach((input, i) => {
      const g = plan.groupOf[i] as number;
      const buf = this.blocks[i] as Float64Array;
      for (let t = 0; t < (input.perPeriod ? T : 1); t++) {
        const out = buf.subarray(t * m, (t + 1) * m);
        const level = (this.chunkLevel[i] as Float64Array[])[t];
        if (g !== -1 && plan.groups[g]?.method === "imanConover") out.set((level as Float64Array).subarray(from, to));
        else if (g !== -1) continue; // copula groups below
        else if (plan.sampling === "lhs") input.dist._quantileInto((level as Float64Array).subarray(from, to), out, 0, m);
        else input.dist._sampleInto(out, (this.streams[i] as UniformStream[])[t] as UniformStream, 0, m);
      }
    });
    for (const group of plan.groups) {
      if (group.method !== "gaussianCopula") continue;
      const k = group.members.length;
      const perPeriod = (plan.inputs[group.members[0] as number] as InputPlan).perPeriod;
      for (let t = 0; t < (perPeriod ? T : 1); t++) {
        const eps = this.scratch.map((s) => s.subarray(0, m));
        group.members.forEach((i, j) => {
          const e = eps[j] as Float64Array;
          if (plan.sampling === "lhs") e.set(((this.chunkLevel[i] as Float64Array[])[t] as Float64Array).subarray(from, to));
          else ((this.streams[i] as UniformStream[])[t] as UniformStream).fill(e, 0, m);
          for (let r = 0; r < m; r++) e[r] = ndtri(e[r] as number);
        });
        correlateInPlace(eps, group.factor, k, m);
        group.members.forEach((i, j) => {
          const out = (this.blocks[i] as Float64Array).subarray(t * m, (t + 1) * m);
          (plan.inputs[i] as InputPlan).dist._fromNormalInto(eps[j] as Float64Array, out, 0, m);
        });
      }
    }
    return plan.inputs.map((input, i) => (this.blocks[i] as Float64Array).subarray(0, m * (input.perPeriod ? T : 1)));
  }

  /** The chunk index and size of the current chunk. */
  get current(): { readonly chunk: number; readonly n: number } {
    return { chunk: this.c, n: this.n };
  }
}
