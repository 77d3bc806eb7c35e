import { DpmError } from "@dpm/core";
import type { Forecast } from "../intervals/Forecast.js";
import { normalIntervals } from "../intervals/normalIntervals.js";
import { readHorizon, readLevels, readOptions, readSeries, type SeriesData, type SeriesInput } from "../internal/input.js";
import type { BaselineOptions } from "./BaselineOptions.js";
import type { BaselineKernelResult } from "./lagWalk.js";

/** @internal Validates the common baseline inputs, runs `kernel` and wraps the result as a Forecast. */
export function runBaseline(
  fn: string,
  method: string,
  series: SeriesInput,
  options: BaselineOptions,
  minLength: (period: number) => number,
  kernel: (data: SeriesData, horizon: number) => BaselineKernelResult,
  quantile?: (p: number, n: number) => number,
): Forecast {
  const opts = readOptions(options, fn);
  const horizon = readHorizon(opts.horizon, fn);
  const levels = readLevels(opts.levels, fn);
  const data = readSeries(series, fn, opts.period);
  const need = minLength(data.period);
  if (data.values.length < need) {
    throw new DpmError(
      "TOO_SHORT",
      `${fn}: series has ${data.values.length} value(s) but needs at least ${need}` +
        (data.period > 1 ? ` (seasonal period ${data.period})` : "") + ".",
      { path: "series", details: { length: data.values.length, minLength: need } },
    );
  }
  const r = kernel(data, horizon);
  return {
    method,
    point: r.point,
    intervals: normalIntervals(r.point, r.se, levels, quantile && ((p) => quantile(p, data.values.length))),
    intervalMethod: "analytic",
    start: data.next,
    fitted: r.fitted,
    residuals: r.residuals,
  };
}
