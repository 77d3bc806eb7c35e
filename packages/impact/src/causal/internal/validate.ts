import { DpmError } from "@dpm/core";

/** @internal Reads a confidence level in (0, 1), default 0.95. */
export function readLevel(level: unknown, fn: string): number {
  if (level === undefined) return 0.95;
  if (typeof level !== "number" || !(level > 0 && level < 1)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.level must be strictly between 0 and 1 such as 0.95, got ${String(level)}.`, { path: "options.level" });
  }
  return level;
}

/** @internal Reads named numeric columns of length n. */
export function readCovariates(cov: unknown, n: number, fn: string, path = "options.covariates"): { name: string; values: Float64Array }[] {
  if (cov === undefined) return [];
  if (typeof cov !== "object" || cov === null || Array.isArray(cov)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be named columns such as { price: [...] }.`, { path });
  }
  return Object.entries(cov as Record<string, unknown>).map(([name, v]) => ({ name, values: readColumn(v, n, fn, `${path}.${name}`) }));
}

/** @internal A finite numeric column of length n. */
export function readColumn(v: unknown, n: number, fn: string, path: string): Float64Array {
  if (!(Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView)))) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be an array of numbers.`, { path });
  }
  const a = v as ArrayLike<unknown>;
  if (a.length !== n) throw new DpmError("LENGTH_MISMATCH", `${fn}: ${path} has ${a.length} values but ${n} are needed (one per row).`, { path });
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const x = a[i];
    if (typeof x !== "number" || !Number.isFinite(x)) {
      throw new DpmError("NON_FINITE", `${fn}: ${path}[${i}] is ${String(x)}; every value must be a finite number (drop or fill missing rows first).`, { path: `${path}[${i}]` });
    }
    out[i] = x;
  }
  return out;
}

/** @internal Reads a 0/1 treatment indicator. */
export function readTreatment(v: unknown, fn: string, path = "treatment"): Float64Array {
  if (!(Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView)))) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path} must be an array of 0/1 values.`, { path });
  }
  const a = v as ArrayLike<unknown>;
  if (a.length === 0) throw new DpmError("EMPTY", `${fn}: ${path} is empty.`, { path });
  const out = new Float64Array(a.length);
  let ones = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (x !== 0 && x !== 1) throw new DpmError("INVALID_ARGUMENT", `${fn}: ${path}[${i}] must be 0 or 1, got ${String(x)}.`, { path: `${path}[${i}]` });
    out[i] = x;
    ones += x;
  }
  if (ones === 0 || ones === a.length) {
    throw new DpmError("NO_SOLUTION", `${fn}: every unit is ${ones === 0 ? "untreated" : "treated"}; a comparison needs both treated and control units.`, { path });
  }
  return out;
}
