import { DpmError } from "@dpm/core";

/** @internal Regressor columns read from the user's `fit` and `future` blocks. */
export interface RegressorColumns {
  readonly names: string[];
  readonly fit: Float64Array[];
  readonly future: Float64Array[];
}

type Block = readonly (readonly number[])[] | Readonly<Record<string, ArrayLike<number>>>;

function columnsOf(block: unknown, rows: number, what: "fit" | "future", fn: string, expected: string): { names: string[]; columns: Float64Array[] } {
  const path = `options.regressors.${what}`;
  const forWhat = what === "fit" ? `the ${rows} values of the series` : `the horizon of ${rows} periods`;
  if (Array.isArray(block)) {
    if (block.length !== rows) {
      throw new DpmError("LENGTH_MISMATCH", `${fn}: ${path} has ${block.length} rows but needs one per period: ${rows} for ${forWhat}.`, { path, details: { expected: rows, actual: block.length } });
    }
    const width = Array.isArray(block[0]) ? (block[0] as unknown[]).length : 0;
    if (width === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be rows of numbers (one row per period, one column per regressor).`, { path });
    const names = Array.from({ length: width }, (_, j) => `x${j + 1}`);
    const columns = names.map(() => new Float64Array(rows));
    block.forEach((row: unknown, i: number) => {
      if (!Array.isArray(row) || row.length !== width) {
        throw new DpmError("LENGTH_MISMATCH", `${fn}: ${path}[${i}] must have ${width} values (one per regressor) like the first row.`, { path: `${path}[${i}]` });
      }
      row.forEach((v: unknown, j: number) => {
        if (typeof v !== "number" || !Number.isFinite(v)) {
          throw new DpmError("NON_FINITE", `${fn}: regressor ${names[j]} has a non-finite value ${String(v)} at ${path}[${i}][${j}]; fill or drop that period.`, { path: `${path}[${i}][${j}]` });
        }
        (columns[j] as Float64Array)[i] = v;
      });
    });
    return { names, columns };
  }
  if (typeof block !== "object" || block === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be ${expected}.`, { path });
  }
  const names = Object.keys(block);
  if (names.length === 0) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} has no regressors.`, { path });
  const columns = names.map((name) => {
    const col = (block as Record<string, unknown>)[name];
    const p = `${path}.${name}`;
    if (typeof col !== "object" || col === null || typeof (col as ArrayLike<number>).length !== "number") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: regressor "${name}" must be an array of numbers (${p}).`, { path: p });
    }
    const arr = col as ArrayLike<unknown>;
    if (arr.length !== rows) {
      throw new DpmError("LENGTH_MISMATCH", `${fn}: regressor "${name}" has ${arr.length} values in ${what} but needs ${rows}, one for each of ${forWhat}.`, { path: p, details: { expected: rows, actual: arr.length } });
    }
    const out = new Float64Array(rows);
    for (let i = 0; i < rows; i++) {
      const v = arr[i];
      if (typeof v !== "number" || !Number.isFinite(v)) {
        throw new DpmError("NON_FINITE", `${fn}: regressor "${name}" has a non-finite value ${String(v)} at ${p}[${i}]; fill or drop that period.`, { path: `${p}[${i}]` });
      }
      out[i] = v;
    }
    return out;
  });
  return { names, columns };
}

/** @internal Validates `regressors` for n fitted periods and a horizon h. */
export function readRegressors(value: unknown, n: number, h: number, fn: string): RegressorColumns | null {
  if (value === undefined) return null;
  const expected = "named columns { name: number[] } or rows number[][]";
  if (typeof value !== "object" || value === null || !("fit" in value) || !("future" in value)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.regressors must be { fit, future }: values over the series and over the horizon, each ${expected}.`, { path: "options.regressors" });
  }
  const { fit, future } = value as { fit: Block; future: Block };
  const a = columnsOf(fit, n, "fit", fn, expected);
  const b = columnsOf(future, h, "future", fn, expected);
  if (a.names.length !== b.names.length || a.names.some((name, j) => b.names[j] !== name)) {
    const missing = a.names.filter((x) => !b.names.includes(x));
    const extra = b.names.filter((x) => !a.names.includes(x));
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: options.regressors.future must have the same regressors in the same order as fit (${a.names.join(", ")})${missing.length ? `; missing: ${missing.join(", ")}` : ""}${extra.length ? `; unexpected: ${extra.join(", ")}` : ""}.`,
      { path: "options.regressors.future" },
    );
  }
  return { names: a.names, fit: a.columns, future: b.columns };
}
