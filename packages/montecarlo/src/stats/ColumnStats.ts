import { QuantileSketch, type SketchState } from "./QuantileSketch.js";

/**
 * @internal What one chunk contributes to the statistics of one output column (node × period):
 * its own count, mean and sum of squared deviations (two-pass over the chunk), exact threshold
 * counts, and a sketch of its values. Worker threads send these; the main thread merges them in
 * chunk order, so the moments are combined by exactly the same operations as single-threaded.
 */
export interface ColumnPart {
  readonly n: number;
  readonly mean: number;
  readonly m2: number;
  readonly above: Float64Array;
  readonly below: Float64Array;
  readonly sketch: SketchState;
}

/** @internal Settings shared by every column of a run. */
export interface ColumnConfig {
  readonly targets: Float64Array;
  readonly alpha: number;
  readonly maxBins: number;
}

/**
 * @internal Streaming statistics of one output column: moments merged chunk by chunk with Chan,
 * Golub & LeVeque's pairwise update (each chunk's own moments are two-pass, so no catastrophic
 * cancellation), exact counts above/below each target, exact min/max, and a relative-error
 * quantile sketch.
 */
export class ColumnStats {
  n = 0;
  mean = 0;
  m2 = 0;
  readonly above: Float64Array;
  readonly below: Float64Array;
  readonly sketch: QuantileSketch;

  constructor(readonly config: ColumnConfig) {
    this.above = new Float64Array(config.targets.length);
    this.below = new Float64Array(config.targets.length);
    this.sketch = new QuantileSketch(config.alpha, config.maxBins);
  }

  get min(): number {
    return this.sketch.min;
  }
  get max(): number {
    return this.sketch.max;
  }

  /** Adds values[0..n) of one chunk. */
  addChunk(values: ArrayLike<number>, n: number): void {
    const m = scanChunk(values, n, this.config.targets, this.above, this.below, this.sketch);
    this.mergeMoments(n, m[0], m[1]);
  }

  /** Adds a chunk computed elsewhere (a worker). */
  addPart(part: ColumnPart): void {
    this.mergeMoments(part.n, part.mean, part.m2);
    for (let j = 0; j < part.above.length; j++) {
      this.above[j] = (this.above[j] as number) + (part.above[j] as number);
      this.below[j] = (this.below[j] as number) + (part.below[j] as number);
    }
    this.sketch.merge(part.sketch);
  }

  private mergeMoments(nb: number, mb: number, m2b: number): void {
    const na = this.n;
    const n = na + nb;
    const delta = mb - this.mean;
    this.mean += delta * (nb / n);
    this.m2 += m2b + delta * delta * ((na * nb) / n);
    this.n = n;
  }
}

/**
 * @internal Builds the part of one chunk block by block: each block's moments are two-pass, then
 * merged into the chunk's in block order (Chan et al.), counts add up, values go to the chunk's own
 * sketch. The same code runs on the main thread and in workers, so both give the same bits.
 */
export class PartBuilder {
  private n = 0;
  private mean = 0;
  private m2 = 0;
  private readonly above: Float64Array;
  private readonly below: Float64Array;
  private readonly sketch: QuantileSketch;

  constructor(private readonly config: ColumnConfig) {
    this.above = new Float64Array(config.targets.length);
    this.below = new Float64Array(config.targets.length);
    this.sketch = new QuantileSketch(config.alpha, config.maxBins);
  }

  addBlock(values: ArrayLike<number>, m: number): void {
    const [mb, m2b] = scanChunk(values, m, this.config.targets, this.above, this.below, this.sketch);
    const na = this.n;
    const n = na + m;
    const delta = mb - this.mean;
    this.mean += delta * (m / n);
    this.m2 += m2b + delta * delta * ((na * m) / n);
    this.n = n;
  }

  part(): ColumnPart {
    return { n: this.n, mean: this.mean, m2: this.m2, above: this.above, below: this.below, sketch: this.sketch._state() };
  }
}

/** One chunk: mean and Σ(x − mean)² two-pass, threshold counts and sketch insertion. */
function scanChunk(values: ArrayLike<number>, n: number, targets: Float64Array, above: Float64Array, below: Float64Array, sketch: QuantileSketch): [number, number] {
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  let minPos = Infinity;
  let maxNeg = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = values[i] as number;
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
    if (x > 0) {
      if (x < minPos) minPos = x;
    } else if (x < 0 && x > maxNeg) maxNeg = x;
  }
  const mean = sum / n;
  let m2 = 0;
  for (let i = 0; i < n; i++) {
    const d = (values[i] as number) - mean;
    m2 += d * d;
  }
  for (let j = 0; j < targets.length; j++) {
    const t = targets[j] as number;
    let a = 0;
    let b = 0;
    for (let i = 0; i < n; i++) {
      const x = values[i] as number;
      if (x > t) a++;
      else if (x < t) b++;
    }
    above[j] = (above[j] as number) + a;
    below[j] = (below[j] as number) + b;
  }
  sketch._addRange(values, 0, n, min, max, minPos, maxNeg);
  return [mean, m2];
}
