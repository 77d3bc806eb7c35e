import { DpmError } from "../errors/DpmError.js";
import { describeValue } from "../errors/validate.js";

/**
 * One named column of a regression design.
 *
 * @category Linear models
 */
export interface DesignColumn {
  /** The column's name, as it appears in coefficient tables and error messages. */
  readonly name: string;
  /** One value per observation. */
  readonly values: ArrayLike<number>;
}

/**
 * A regression design given as named columns, in order: a record (insertion order — avoid
 * integer-like keys, which JavaScript sorts first) or an array of `{ name, values }`.
 *
 * @category Linear models
 */
export type LinearDesign = Readonly<Record<string, ArrayLike<number>>> | readonly DesignColumn[];

/** @internal A validated design: names and finite Float64Array columns of one length. */
export interface CheckedDesign {
  readonly names: string[];
  readonly columns: Float64Array[];
  readonly n: number;
}

/** The name R gives the intercept column. */
export const INTERCEPT = "(Intercept)";

function readColumn(values: unknown, name: string, fn: string, n: number): Float64Array {
  if (!(Array.isArray(values) || (ArrayBuffer.isView(values) && !(values instanceof DataView)))) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: design column "${name}" must be an array of numbers, got ${describeValue(values)}.`, {
      path: `design.${name}`,
    });
  }
  const arr = values as ArrayLike<unknown>;
  if (arr.length !== n) {
    throw new DpmError("LENGTH_MISMATCH", `${fn}: design column "${name}" has ${arr.length} values but y has ${n}; give every column one value per observation.`, {
      path: `design.${name}`,
      details: { column: name, length: arr.length, expected: n },
    });
  }
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const v = arr[i];
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new DpmError(
        typeof v === "number" ? "NON_FINITE" : "INVALID_ARGUMENT",
        `${fn}: design column "${name}" has ${describeValue(v)} at row ${i}; every value must be a finite number (drop or impute missing rows first).`,
        { path: `design.${name}[${i}]`, details: { column: name, index: i } },
      );
    }
    out[i] = v;
  }
  return out;
}

/** @internal Validates a design against `n` observations, prepending an intercept column when asked. */
export function checkDesign(design: unknown, n: number, intercept: boolean, fn: string): CheckedDesign {
  if (typeof design !== "object" || design === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: design must be named columns such as { price: [...], promo: [...] } or [{ name, values }], got ${describeValue(design)}.`, {
      path: "design",
    });
  }
  const names: string[] = [];
  const columns: Float64Array[] = [];
  if (intercept) {
    names.push(INTERCEPT);
    columns.push(new Float64Array(n).fill(1));
  }
  const entries: [string, unknown][] = Array.isArray(design)
    ? (design as unknown[]).map((c, j) => {
        if (typeof c !== "object" || c === null || typeof (c as DesignColumn).name !== "string") {
          throw new DpmError("INVALID_ARGUMENT", `${fn}: design[${j}] must be { name: string, values: number[] }.`, { path: `design[${j}]` });
        }
        return [(c as DesignColumn).name, (c as DesignColumn).values];
      })
    : Object.entries(design);
  for (const [name, values] of entries) {
    if (names.includes(name)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: the design has two columns named "${name}"; give each column a distinct name.`, {
        path: `design.${name}`,
      });
    }
    names.push(name);
    columns.push(readColumn(values, name, fn, n));
  }
  if (columns.length === 0) {
    throw new DpmError("EMPTY", `${fn}: the design has no columns; pass at least one column or keep intercept: true.`, { path: "design" });
  }
  return { names, columns, n };
}
