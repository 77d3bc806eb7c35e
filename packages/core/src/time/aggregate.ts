/**
 * How several values falling in one period become one: their sum, mean, count, first or last
 * (in input order), minimum or maximum.
 *
 * @category Time
 */
export type Aggregation = "sum" | "mean" | "count" | "first" | "last" | "min" | "max";

const AGGREGATIONS: ReadonlySet<string> = new Set(["sum", "mean", "count", "first", "last", "min", "max"]);

/** @internal */
export function isAggregation(value: unknown): value is Aggregation {
  return typeof value === "string" && AGGREGATIONS.has(value);
}

/**
 * @internal Streaming per-bucket accumulator: `add` values into bucket slots, then `finish`.
 * Buckets that received nothing come out as NaN (count: 0) so the caller decides about gaps.
 */
export class BucketAccumulator {
  readonly counts: Float64Array;
  private readonly acc: Float64Array;

  constructor(
    private readonly how: Aggregation,
    size: number,
  ) {
    this.counts = new Float64Array(size);
    this.acc = new Float64Array(size);
  }

  add(bucket: number, value: number): void {
    const c = this.counts[bucket] as number;
    const a = this.acc;
    switch (this.how) {
      case "sum":
      case "mean":
        a[bucket] = (a[bucket] as number) + value;
        break;
      case "first":
        if (c === 0) a[bucket] = value;
        break;
      case "last":
        a[bucket] = value;
        break;
      case "min":
        if (c === 0 || value < (a[bucket] as number)) a[bucket] = value;
        break;
      case "max":
        if (c === 0 || value > (a[bucket] as number)) a[bucket] = value;
        break;
      case "count":
        break;
    }
    this.counts[bucket] = c + 1;
  }

  finish(): Float64Array {
    const out = new Float64Array(this.acc.length);
    for (let i = 0; i < out.length; i++) {
      const c = this.counts[i] as number;
      if (this.how === "count") out[i] = c;
      else if (c === 0) out[i] = Number.NaN;
      else out[i] = this.how === "mean" ? (this.acc[i] as number) / c : (this.acc[i] as number);
    }
    return out;
  }
}
