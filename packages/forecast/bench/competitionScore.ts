// Scores of bench:competition: sMAPE (M3/M4 definition), MASE (in-sample seasonal naive scale,
// m = frequency; lag 1 when the series is shorter than a season) and MSIS at 95 % (the M4 measure).

/** Mean absolute m-step difference of the training data (the MASE / MSIS scale). */
export function naiveScale(x: readonly number[], frequency: number): number {
  const m = Math.max(1, Math.round(frequency));
  const lag = x.length > m ? m : 1;
  let s = 0;
  for (let t = lag; t < x.length; t++) s += Math.abs((x[t] as number) - (x[t - lag] as number));
  return s / (x.length - lag);
}

/** sMAPE in percent: mean of 200·|y − f| / (|y| + |f|) (0 where both are 0). */
export function smapeOf(y: readonly number[], f: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const a = y[i] as number;
    const b = f[i] as number;
    const d = Math.abs(a) + Math.abs(b);
    s += d === 0 ? 0 : (200 * Math.abs(a - b)) / d;
  }
  return s / y.length;
}

export function maseOf(y: readonly number[], f: readonly number[], scale: number): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) s += Math.abs((y[i] as number) - (f[i] as number));
  return s / y.length / scale;
}

/** Mean scaled interval score at level 1 − a (a = 0.05 for 95 %). */
export function msisOf(y: readonly number[], lower: readonly number[], upper: readonly number[], scale: number, a = 0.05): number {
  let s = 0;
  for (let i = 0; i < y.length; i++) {
    const v = y[i] as number;
    const l = lower[i] as number;
    const u = upper[i] as number;
    s += u - l + (v < l ? (2 / a) * (l - v) : 0) + (v > u ? (2 / a) * (v - u) : 0);
  }
  return s / y.length / scale;
}

export interface CategoryScore {
  smape: number;
  mase: number;
  msis: number | null;
  n: number;
  failed: number;
}

/** Accumulates per-series scores into category means. */
export class ScoreTable {
  private readonly sums = new Map<string, { smape: number; mase: number; msis: number; nMsis: number; n: number; failed: number }>();

  add(category: string, smape: number, mase: number, msis: number | null, failed: boolean): void {
    for (const key of [category, "ALL"]) {
      const e = this.sums.get(key) ?? { smape: 0, mase: 0, msis: 0, nMsis: 0, n: 0, failed: 0 };
      e.smape += smape;
      e.mase += mase;
      if (msis !== null && Number.isFinite(msis)) {
        e.msis += msis;
        e.nMsis++;
      }
      e.n++;
      if (failed) e.failed++;
      this.sums.set(key, e);
    }
  }

  result(): Record<string, CategoryScore> {
    const out: Record<string, CategoryScore> = {};
    for (const [k, e] of this.sums) {
      out[k] = { smape: e.smape / e.n, mase: e.mase / e.n, msis: e.nMsis === e.n ? e.msis / e.nMsis : null, n: e.n, failed: e.failed };
    }
    return out;
  }
}
