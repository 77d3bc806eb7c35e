import { DpmError } from "@dpm/core";

/**
 * A long-format panel: one row per unit and period. `treated` is 1 in the periods a unit is under
 * treatment and 0 otherwise (so a unit adopting in 2020 has 0 before and 1 from 2020 on).
 *
 * @category Causal impact
 */
export interface PanelData {
  /** Unit id of each row (a branch, a region, a store). */
  readonly unit: ArrayLike<string | number>;
  /** Period of each row, as a number (a year, a month index, a week number). */
  readonly time: ArrayLike<number>;
  /** The outcome of each row. */
  readonly outcome: ArrayLike<number>;
  /** 1 when the unit is under treatment in that period, else 0. */
  readonly treated: ArrayLike<number>;
}

/** @internal A validated panel with dense unit and time indices. */
export interface CheckedPanel {
  readonly n: number;
  readonly y: Float64Array;
  readonly d: Float64Array;
  readonly unitIndex: Int32Array;
  readonly timeIndex: Int32Array;
  readonly units: readonly (string | number)[];
  /** Sorted distinct periods. */
  readonly times: Float64Array;
  /** First period index under treatment per unit (−1 = never treated). */
  readonly adoption: Int32Array;
  /** Whether every unit that is treated stays treated. */
  readonly absorbing: boolean;
  readonly balanced: boolean;
}

function isArrayLike(v: unknown): v is ArrayLike<unknown> {
  return Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView));
}

/** @internal Validates a panel. */
export function readPanel(panel: unknown, fn: string): CheckedPanel {
  if (typeof panel !== "object" || panel === null) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: panel must be { unit, time, outcome, treated } columns (one entry per unit-period row).`, { path: "panel" });
  }
  const p = panel as Record<string, unknown>;
  for (const key of ["unit", "time", "outcome", "treated"]) {
    if (!isArrayLike(p[key])) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: panel.${key} must be an array (one entry per unit-period row).`, { path: `panel.${key}` });
    }
  }
  const unit = p.unit as ArrayLike<unknown>;
  const time = p.time as ArrayLike<unknown>;
  const outcome = p.outcome as ArrayLike<unknown>;
  const treated = p.treated as ArrayLike<unknown>;
  const n = unit.length;
  if (n === 0) throw new DpmError("EMPTY", `${fn}: the panel has no rows.`, { path: "panel" });
  for (const [key, col] of [["time", time], ["outcome", outcome], ["treated", treated]] as const) {
    if (col.length !== n) {
      throw new DpmError("LENGTH_MISMATCH", `${fn}: panel.${key} has ${col.length} rows but panel.unit has ${n}; every column needs one entry per row.`, { path: `panel.${key}` });
    }
  }
  const y = new Float64Array(n);
  const d = new Float64Array(n);
  const tRaw = new Float64Array(n);
  const unitIndex = new Int32Array(n);
  const unitMap = new Map<string | number, number>();
  const units: (string | number)[] = [];
  for (let i = 0; i < n; i++) {
    const u = unit[i];
    if (!(typeof u === "string" || (typeof u === "number" && Number.isFinite(u)))) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: panel.unit[${i}] must be a string or finite number.`, { path: `panel.unit[${i}]` });
    }
    let g = unitMap.get(u);
    if (g === undefined) {
      g = units.length;
      unitMap.set(u, g);
      units.push(u);
    }
    unitIndex[i] = g;
    const t = time[i];
    const v = outcome[i];
    const dt = treated[i];
    if (typeof t !== "number" || !Number.isFinite(t)) throw new DpmError("NON_FINITE", `${fn}: panel.time[${i}] must be a finite number.`, { path: `panel.time[${i}]` });
    if (typeof v !== "number" || !Number.isFinite(v)) {
      throw new DpmError("NON_FINITE", `${fn}: panel.outcome[${i}] is ${String(v)}; every outcome must be a finite number (drop or fill missing rows first).`, { path: `panel.outcome[${i}]` });
    }
    if (dt !== 0 && dt !== 1) throw new DpmError("INVALID_ARGUMENT", `${fn}: panel.treated[${i}] must be 0 or 1, got ${String(dt)}.`, { path: `panel.treated[${i}]` });
    y[i] = v;
    d[i] = dt;
    tRaw[i] = t;
  }
  const times = Float64Array.from(new Set(tRaw)).sort();
  const tMap = new Map<number, number>();
  times.forEach((t, k) => tMap.set(t, k));
  const timeIndex = new Int32Array(n);
  const T = times.length;
  const seen = new Uint8Array(units.length * T);
  for (let i = 0; i < n; i++) {
    const k = tMap.get(tRaw[i]!)!;
    timeIndex[i] = k;
    const cell = unitIndex[i]! * T + k;
    if (seen[cell] === 1) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: unit ${String(units[unitIndex[i]!])} has two rows for period ${tRaw[i]}; give one row per unit and period.`, { path: `panel.time[${i}]` });
    }
    seen[cell] = 1;
  }
  const adoption = new Int32Array(units.length).fill(-1);
  for (let i = 0; i < n; i++) {
    if (d[i] === 1) {
      const g = unitIndex[i]!;
      const k = timeIndex[i]!;
      if (adoption[g] === -1 || k < adoption[g]!) adoption[g] = k;
    }
  }
  let absorbing = true;
  for (let i = 0; i < n; i++) {
    const a = adoption[unitIndex[i]!]!;
    if (a >= 0 && timeIndex[i]! >= a && d[i] === 0) absorbing = false;
  }
  return { n, y, d, unitIndex, timeIndex, units, times, adoption, absorbing, balanced: n === units.length * T };
}

/** @internal Checks that there is treatment, a pre-period and controls; returns warnings. */
export function checkIdentification(p: CheckedPanel, fn: string): string[] {
  const warnings: string[] = [];
  let treatedObs = 0;
  for (let i = 0; i < p.n; i++) treatedObs += p.d[i]!;
  if (treatedObs === 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: no row has treated = 1; mark the unit-periods under treatment with 1.`, { path: "panel.treated" });
  }
  if (treatedObs === p.n) {
    throw new DpmError("NO_SOLUTION", `${fn}: every row is treated, so there are no controls to compare with; include untreated units or pre-treatment periods.`, { path: "panel.treated" });
  }
  // Treated units need a pre-period (an untreated period) of their own.
  const G = p.units.length;
  const hasPre = new Uint8Array(G);
  for (let i = 0; i < p.n; i++) if (p.d[i] === 0) hasPre[p.unitIndex[i]!] = 1;
  const noPre: string[] = [];
  let treatedUnits = 0;
  for (let g = 0; g < G; g++) {
    if (p.adoption[g]! < 0) continue;
    treatedUnits++;
    if (hasPre[g] === 0) noPre.push(String(p.units[g]));
  }
  if (noPre.length === treatedUnits) {
    throw new DpmError("NO_SOLUTION", `${fn}: no treated unit is observed before its treatment (no pre-period), so their level cannot be separated from the effect; add pre-treatment periods.`, {
      path: "panel.treated",
      details: { unitsWithoutPrePeriod: noPre },
    });
  }
  if (noPre.length > 0) warnings.push(`${noPre.length} treated unit(s) have no pre-treatment period (${noPre.slice(0, 5).join(", ")}${noPre.length > 5 ? ", …" : ""}); they add nothing to the estimate.`);
  // Each treated period needs an untreated unit in the same period.
  const T = p.times.length;
  const controlsAt = new Int32Array(T);
  const treatedAt = new Int32Array(T);
  for (let i = 0; i < p.n; i++) {
    const arr = p.d[i] === 1 ? treatedAt : controlsAt;
    const k = p.timeIndex[i]!;
    arr[k] = arr[k]! + 1;
  }
  let uncovered = 0;
  let covered = 0;
  for (let k = 0; k < T; k++) {
    if (treatedAt[k]! === 0) continue;
    if (controlsAt[k]! === 0) uncovered++;
    else covered++;
  }
  if (covered === 0) {
    throw new DpmError("NO_SOLUTION", `${fn}: in every treated period all units are treated, so there are no controls; add never-treated or not-yet-treated units.`, { path: "panel.treated" });
  }
  if (uncovered > 0) warnings.push(`${uncovered} period(s) have treated units but no untreated unit; those periods cannot identify the effect.`);
  return warnings;
}
