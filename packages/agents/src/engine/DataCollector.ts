import { DpmError, timeSeries, toPeriod, type Frequency, type Period, type PeriodLike, type TimeSeries } from "@dpm/core";
import { describe } from "./validate.js";

/**
 * Records one row of model-level (or per-group) metrics per step and hands them back as core
 * {@link @dpm/core!TimeSeries} on the clock's period axis.
 *
 * @category Engine
 */
export interface DataCollector {
  /** The metric names, in order. */
  readonly names: readonly string[];
  /** Rows recorded so far. */
  readonly length: number;
  /** Records one row; every metric must be present and finite. */
  record(row: Readonly<Record<string, number>>): void;
  /** Records one value of one metric at row `length` (then call {@link DataCollector.commit}). */
  set(name: string, value: number): void;
  /** Closes the row started with `set`. */
  commit(): void;
  /** The recorded values of one metric as a series starting at the start period. */
  series(name: string): TimeSeries;
  /** Every metric as a series, by name. */
  toSeries(): Record<string, TimeSeries>;
}

/**
 * Creates a data collector for the named metrics, starting at `start`.
 *
 * @param start - the period of the first recorded row (step 0)
 * @param names - metric names, e.g. `["adopters", "share:0", "share:1"]` for model-level and per-group metrics
 * @param freq - frequency, when `start` is a Date
 * @returns the collector
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for no names or duplicated names; `record` throws
 *   for a missing or non-finite metric; `series` throws for an unknown name or when nothing was recorded
 *
 * @example
 * ```ts
 * import { createDataCollector } from "@dpm/agents";
 *
 * const log = createDataCollector("2026-01", ["customers"]);
 * log.record({ customers: 10 });
 * log.record({ customers: 12 });
 * log.series("customers").values; // => Float64Array [10, 12]
 * ```
 *
 * @category Engine
 */
export function createDataCollector(start: PeriodLike, names: readonly string[], freq?: Frequency): DataCollector {
  const first: Period = toPeriod(start, freq);
  if (!Array.isArray(names) || names.length === 0) {
    throw new DpmError("INVALID_ARGUMENT", "createDataCollector: names must be a non-empty array of metric names.", { path: "names" });
  }
  const index = new Map<string, number>();
  names.forEach((n, i) => {
    if (typeof n !== "string" || index.has(n)) {
      throw new DpmError("INVALID_ARGUMENT", `createDataCollector: names[${i}] must be a unique string, got ${describe(n)}.`, {
        path: `names[${i}]`,
      });
    }
    index.set(n, i);
  });
  const k = names.length;
  let capacity = 64;
  let data = new Float64Array(capacity * k);
  let rows = 0;
  const pending = new Float64Array(k);
  const seen = new Uint8Array(k);

  const slot = (name: string, fn: string): number => {
    const j = index.get(name);
    if (j === undefined) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: unknown metric ${describe(name)}; known: ${names.join(", ")}.`, { path: "name" });
    }
    return j;
  };
  const push = () => {
    if (rows === capacity) {
      capacity *= 2;
      const grown = new Float64Array(capacity * k);
      grown.set(data);
      data = grown;
    }
    data.set(pending, rows * k);
    rows++;
    seen.fill(0);
  };

  return {
    names: Object.freeze([...names]),
    get length() {
      return rows;
    },
    record(row) {
      for (let j = 0; j < k; j++) {
        const v = row[names[j] as string];
        if (typeof v !== "number" || !Number.isFinite(v)) {
          throw new DpmError("NON_FINITE", `DataCollector.record: metric ${JSON.stringify(names[j])} must be a finite number, got ${String(v)}.`, {
            path: names[j] as string,
          });
        }
        pending[j] = v;
      }
      push();
    },
    set(name, value) {
      const j = slot(name, "DataCollector.set");
      if (!Number.isFinite(value)) {
        throw new DpmError("NON_FINITE", `DataCollector.set: ${name} must be finite, got ${value}.`, { path: name });
      }
      pending[j] = value;
      seen[j] = 1;
    },
    commit() {
      const missing = names.filter((_, j) => seen[j] === 0);
      if (missing.length > 0) {
        throw new DpmError("INVALID_ARGUMENT", `DataCollector.commit: no value set for ${missing.join(", ")} in row ${rows}.`, {
          path: missing[0] as string,
        });
      }
      push();
    },
    series(name) {
      const j = slot(name, "DataCollector.series");
      if (rows === 0) throw new DpmError("EMPTY", "DataCollector.series: nothing recorded yet; call record() each step.", { path: name });
      const values = new Float64Array(rows);
      for (let r = 0; r < rows; r++) values[r] = data[r * k + j] as number;
      return timeSeries(first, values, { name });
    },
    toSeries() {
      const out: Record<string, TimeSeries> = {};
      for (const n of names) out[n] = this.series(n);
      return out;
    },
  };
}
