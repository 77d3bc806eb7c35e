import { DpmError, checkOptions, formatPeriod, isDpmError, isTimeSeries, periodAt, seriesEnd, timeSeries, type TimeSeries } from "@dpm/core";
import type { KpiSeriesOptions } from "../series/KpiInput.js";
import { describe } from "./checks.js";

/**
 * @internal Evaluates a scalar KPI over numbers or aligned time series.
 *
 * - All arguments numbers → `scalar(...args)` (which validates and throws with `fn` in the message).
 * - Any argument a series → every series must have the first series' frequency, start and length
 *   (`FREQUENCY_MISMATCH` / `LENGTH_MISMATCH` naming the argument); numbers broadcast; the scalar
 *   runs per period. Its errors are re-thrown with the period in the message and `name[i]` in
 *   `path`; NaN inputs give a NaN (missing) result; an infinite result counts as undefined.
 */
export function applyKpi(
  fn: string,
  names: readonly string[],
  args: readonly unknown[],
  scalar: (...x: number[]) => number,
  options: KpiSeriesOptions | undefined,
  infinite = false,
  extraKeys: readonly string[] = [],
): number | TimeSeries | number[] {
  checkOptions(options, ["whenUndefined", "name", ...extraKeys], fn, '{ whenUndefined: "missing" }');
  const arrays = args.some((a) => Array.isArray(a) || (ArrayBuffer.isView(a) && !(a instanceof DataView)));
  if (arrays) return applyToArrays(fn, names, args, scalar, options, infinite);
  let ref: TimeSeries | undefined;
  let refName = "";
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    if (typeof a === "number") continue;
    const name = names[k] as string;
    if (!isTimeSeries(a)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be a number or a TimeSeries, got ${describe(a)}.`, { path: name });
    }
    if (ref === undefined) {
      ref = a;
      refName = name;
    } else if (a.freq !== ref.freq) {
      throw new DpmError(
        "FREQUENCY_MISMATCH",
        `${fn}: ${name} is a ${a.freq} series but ${refName} is a ${ref.freq} series; resample one first.`,
        { path: name, details: { expected: ref.freq, actual: a.freq } },
      );
    } else if (a.start.ordinal !== ref.start.ordinal || a.length !== ref.length) {
      throw new DpmError(
        "LENGTH_MISMATCH",
        `${fn}: ${name} covers ${span(a)} (${a.length} periods) but ${refName} covers ${span(ref)} (${ref.length}); ` +
          "align them with sliceSeries first.",
        { path: name, details: { expectedLength: ref.length, actualLength: a.length } },
      );
    }
  }
  if (ref === undefined) {
    return checkedScalar(fn, scalar, args as number[], infinite);
  }
  if (options !== undefined && options.whenUndefined !== undefined && options.whenUndefined !== "error" && options.whenUndefined !== "missing") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.whenUndefined must be "error" or "missing", got ${describe(options.whenUndefined)}.`, {
      path: "options.whenUndefined",
    });
  }
  const missingOk = options?.whenUndefined === "missing";
  const n = ref.length;
  const out = new Float64Array(n);
  const x = new Array<number>(args.length);
  for (let i = 0; i < n; i++) {
    let missing = false;
    for (let k = 0; k < args.length; k++) {
      const a = args[k] as number | TimeSeries;
      const v = typeof a === "number" ? a : (a.values[i] as number);
      if (Number.isNaN(v) && typeof a !== "number") missing = true;
      x[k] = v;
    }
    if (missing) {
      out[i] = Number.NaN;
      continue;
    }
    let y: number;
    try {
      y = scalar(...x);
    } catch (error) {
      if (!isDpmError(error)) throw error;
      if (missingOk && error.details?.undefinedKpi === true) {
        out[i] = Number.NaN;
        continue;
      }
      throw atPeriod(error, fn, names, args, ref, i);
    }
    if (!Number.isFinite(y)) {
      if (missingOk) {
        out[i] = Number.NaN;
        continue;
      }
      throw new DpmError(
        "NON_FINITE",
        `${fn} at ${formatPeriod(periodAt(ref, i))}: the result is ${String(y)}, which a TimeSeries cannot hold; ` +
          'pass { whenUndefined: "missing" } to record a missing value there.',
        { path: `${refName}[${i}]`, details: { index: i, period: formatPeriod(periodAt(ref, i)), value: y, undefinedKpi: true } },
      );
    }
    out[i] = y;
  }
  return timeSeries(ref.start, out, { allowMissing: true, name: options?.name ?? fn });
}

function checkedScalar(fn: string, scalar: (...x: number[]) => number, x: number[], infinite: boolean): number {
  const y = scalar(...x);
  if (Number.isNaN(y) || (!infinite && !Number.isFinite(y))) {
    throw new DpmError(
      "NON_FINITE",
      `${fn}: the result is ${String(y)} (the inputs are too large for double precision); rescale them, e.g. work in thousands.`,
      { details: { value: y } },
    );
  }
  return y;
}

function applyToArrays(
  fn: string,
  names: readonly string[],
  args: readonly unknown[],
  scalar: (...x: number[]) => number,
  options: KpiSeriesOptions | undefined,
  infinite: boolean,
): number[] {
  let n = -1;
  let refName = "";
  for (let k = 0; k < args.length; k++) {
    const a = args[k];
    const name = names[k] as string;
    if (typeof a === "number") continue;
    if (isTimeSeries(a)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} is a TimeSeries but another input is an array; pass both as series (timeSeries(start, values)) or both as arrays.`, { path: name });
    }
    if (!Array.isArray(a) && !(ArrayBuffer.isView(a) && !(a instanceof DataView))) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${name} must be a number, an array of numbers or a TimeSeries, got ${describe(a)}.`, { path: name });
    }
    const length = (a as ArrayLike<number>).length;
    if (length === 0) {
      throw new DpmError("EMPTY", `${fn}: ${name} is an empty array; pass at least one value.`, { path: name });
    }
    if (n < 0) {
      n = length;
      refName = name;
    } else if (length !== n) {
      throw new DpmError("LENGTH_MISMATCH", `${fn}: ${name} has ${length} values but ${refName} has ${n}; pass arrays of one length.`, {
        path: name,
        details: { expectedLength: n, actualLength: length },
      });
    }
  }
  const missingOk = options?.whenUndefined === "missing";
  const out = new Array<number>(n);
  const x = new Array<number>(args.length);
  for (let i = 0; i < n; i++) {
    for (let k = 0; k < args.length; k++) {
      const a = args[k];
      x[k] = typeof a === "number" ? a : ((a as ArrayLike<number>)[i] as number);
    }
    try {
      out[i] = checkedScalar(fn, scalar, x, infinite);
    } catch (error) {
      if (!isDpmError(error)) throw error;
      if (missingOk && error.details?.undefinedKpi === true) {
        out[i] = Number.NaN;
        continue;
      }
      const k = error.path === undefined ? -1 : names.indexOf(error.path);
      const path = k >= 0 && typeof args[k] !== "number" ? `${error.path}[${i}]` : error.path;
      const prefix = `${fn}: `;
      const rest = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
      throw new DpmError(error.code, `${fn} at index ${i}: ${rest}`, {
        ...(path === undefined ? {} : { path }),
        details: { ...error.details, index: i },
        cause: error,
      });
    }
  }
  return out;
}

function span(s: TimeSeries): string {
  return `${formatPeriod(s.start)}…${formatPeriod(seriesEnd(s))}`;
}

function atPeriod(error: DpmError, fn: string, names: readonly string[], args: readonly unknown[], ref: TimeSeries, i: number): DpmError {
  const label = formatPeriod(periodAt(ref, i));
  const prefix = `${fn}: `;
  const rest = error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  // Point the path at the series element when the offending argument is a series.
  const k = error.path === undefined ? -1 : names.indexOf(error.path);
  const path = k >= 0 && typeof args[k] !== "number" ? `${error.path}[${i}]` : error.path;
  const hint = error.details?.undefinedKpi === true ? ' Pass { whenUndefined: "missing" } to record a missing value there instead.' : "";
  return new DpmError(error.code, `${fn} at ${label}: ${rest}${hint}`, {
    ...(path === undefined ? {} : { path }),
    details: { ...error.details, index: i, period: label },
    cause: error,
  });
}
