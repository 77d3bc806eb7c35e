import { DpmError, isDpmError, isTimeSeries, type Period } from "@dpm/core";
import { readSeries, type SeriesInput } from "../internal/input.js";

/** @internal A validated series for a decomposition: values, period ≥ 2, start label. */
export interface SeasonalData {
  readonly values: Float64Array;
  readonly period: number;
  readonly start: Period | null;
}

/**
 * @internal Reads a series for a seasonal decomposition and checks the period (≥ 2) and that there
 * are enough full seasons (`minSeasons` · period values, `strict`: more than that).
 */
export function readSeasonalSeries(series: SeriesInput, period: number | undefined, fn: string, minSeasons: number, strict: boolean): SeasonalData {
  const data = readSeries(series, fn, period);
  const m = data.period;
  if (m < 2) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: a seasonal decomposition needs a seasonal period ≥ 2; pass options.period (e.g. 12 for monthly data) or a monthly/quarterly TimeSeries.`,
      { path: "options.period" },
    );
  }
  const n = data.values.length;
  if (strict ? n <= minSeasons * m : n < minSeasons * m) {
    const need = strict ? minSeasons * m + 1 : minSeasons * m;
    throw new DpmError("TOO_SHORT", `${fn}: with period ${m} at least ${need} values (${minSeasons} full seasons${strict ? " and one more" : ""}) are needed, got ${n}.`, {
      path: "series",
      details: { length: n, period: m },
    });
  }
  return { values: data.values, period: m, start: isTimeSeries(series) ? series.start : null };
}

/** @internal Re-throws a DpmError raised by a helper under the public function's name. */
export function asCaller<T>(fn: string, helper: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (isDpmError(error) && error.message.startsWith(`${helper}:`)) {
      throw new DpmError(error.code, `${fn}:${error.message.slice(helper.length + 1)}`, {
        ...(error.path === undefined ? {} : { path: error.path }),
        ...(error.details === undefined ? {} : { details: error.details }),
        cause: error,
      });
    }
    throw error;
  }
}
