// Extra columns of bench:reference: Theta vs R's thetaf, auto ARIMA vs R's auto.arima, and the
// npm `arima` package (AutoARIMA) on the same split. Shared helpers live here so reference.ts stays
// readable; each column returns printable rows and the summary that goes into the final JSON line.

export interface BenchCase {
  name: string;
  m: number;
  h: number;
  train: Float64Array;
  actual: Float64Array;
  methods: Record<string, { model: string; MASE: number; point?: number[]; fit_cpu_s: number }>;
}

export interface ColumnSummary {
  meanMASE: number | null;
  rMeanMASE: number | null;
  ratio: number | null;
  sameModel: number;
  medianFitMs: number | null;
  rMedianFitMs: number | null;
}

export const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length;
  return k === 0 ? NaN : k % 2 ? (s[(k - 1) / 2] as number) : ((s[k / 2 - 1] as number) + (s[k / 2] as number)) / 2;
};
export const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
export const pad = (s: string, n: number): string => s.padEnd(n);
export const num = (x: number, d = 3): string => (Number.isFinite(x) ? x.toFixed(d) : "—");
export const round = (x: number, d = 4): number | null => (Number.isFinite(x) ? Number(x.toFixed(d)) : null);

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
/** Median CPU milliseconds of `fn` over `reps` runs, after one warm-up run. */
export function timeMs(fn: () => void, reps: number): number {
  fn();
  const t: number[] = [];
  for (let i = 0; i < reps; i++) {
    const c0 = cpuMs();
    fn();
    t.push(cpuMs() - c0);
  }
  return median(t);
}

type Mase = (actual: ArrayLike<number>, forecast: ArrayLike<number>, train: ArrayLike<number>, options?: { period?: number }) => number;

export interface Row {
  name: string;
  m: number;
  ours: string;
  r: string;
  same: boolean;
  mase: number;
  rMase: number;
  ms: number;
  rMs: number;
}

export function summarise(rows: Row[]): ColumnSummary {
  const ok = rows.filter((r) => Number.isFinite(r.mase) && Number.isFinite(r.rMase));
  const meanMASE = mean(ok.map((r) => r.mase));
  const rMeanMASE = mean(ok.map((r) => r.rMase));
  return {
    meanMASE: round(meanMASE),
    rMeanMASE: round(rMeanMASE),
    ratio: round(meanMASE / rMeanMASE),
    sameModel: rows.filter((r) => r.same).length,
    medianFitMs: round(median(ok.map((r) => r.ms)), 3),
    rMedianFitMs: round(median(ok.map((r) => r.rMs)), 3),
  };
}

export function printRows(title: string, oursLabel: string, rLabel: string, rows: Row[], width = 12): void {
  console.log(`\n${title}`);
  console.log([pad("series", 15), pad("m", 3), pad(oursLabel, width), pad(rLabel, width), pad("MASE", 7), pad("R", 7), pad("ms", 7), pad("R ms", 7), "R/ours"].join(" "));
  for (const r of rows) {
    console.log(
      [pad(r.name, 15), pad(String(r.m), 3), pad(r.ours, width), pad(r.r + (r.same ? "" : " *"), width), pad(num(r.mase), 7), pad(num(r.rMase), 7), pad(num(r.ms, 2), 7), pad(num(r.rMs, 0), 7), num(r.rMs / r.ms, 0) + "×"].join(" "),
    );
  }
}

/** Largest relative difference between two arrays. */
function maxRel(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d = Math.max(d, Math.abs((a[i] as number) - (b[i] as number)) / Math.max(Math.abs(b[i] as number), 1e-12));
  return d;
}

/**
 * Theta vs R's thetaf. "Same model" here means the same forecasts to 1e-4 (same seasonal decision
 * and practically the same α), since every thetaf model is called "Theta".
 */
export function thetaColumn(
  cases: BenchCase[],
  thetaForecast: (y: Float64Array, o: { horizon: number; period: number }) => { point: Float64Array; model: { seasonal: boolean; alpha: number } },
  mase: Mase,
  reps: number,
): { rows: Row[]; summary: ColumnSummary } {
  const rows: Row[] = [];
  for (const c of cases) {
    const ref = c.methods.thetaf;
    if (ref === undefined) continue;
    const f = thetaForecast(c.train, { horizon: c.h, period: c.m });
    const ms = timeMs(() => thetaForecast(c.train, { horizon: c.h, period: c.m }), reps);
    const same = ref.point !== undefined && maxRel(f.point, ref.point) < 1e-4;
    rows.push({
      name: c.name, m: c.m, ours: `${f.model.seasonal ? "seas. " : ""}α=${f.model.alpha.toFixed(3)}`, r: ref.model, same,
      mase: mase(c.actual, f.point, c.train, { period: c.m }), rMase: ref.MASE, ms, rMs: ref.fit_cpu_s * 1000,
    });
  }
  return { rows, summary: summarise(rows) };
}

// ---------------------------------------------------------------- auto ARIMA vs R's auto.arima

/** The part of the ARIMA API the bench needs (typed here so the bench builds before it is exported). */
export interface ArimaApi {
  autoArima: (y: Float64Array, o: { period: number }) => { name: string };
  forecastArima: (fit: { name: string }, horizon: number) => { point: Float64Array };
}

/** "ARIMA(2,1,2)(1,1,2)[12] with drift" → "ARIMA(2,1,2)(1,1,2)[12]". */
export const arimaOrders = (name: string): string => /ARIMA\([^)]*\)(\([^)]*\)\[\d+\])?/.exec(name)?.[0] ?? name;

export function arimaColumn(cases: BenchCase[], api: ArimaApi, mase: Mase, reps: number): { rows: Row[]; summary: ColumnSummary & { sameOrders: number; failed: number } } {
  const rows: Row[] = [];
  let failed = 0;
  for (const c of cases) {
    const ref = c.methods["auto.arima"];
    if (ref === undefined) continue;
    let name = "failed";
    let m = NaN;
    let ms = NaN;
    try {
      const run = () => api.forecastArima(api.autoArima(c.train, { period: c.m }), c.h);
      const fit = api.autoArima(c.train, { period: c.m });
      name = fit.name;
      m = mase(c.actual, api.forecastArima(fit, c.h).point, c.train, { period: c.m });
      ms = timeMs(() => void run(), reps);
    } catch (error) {
      failed++;
      name = `failed: ${String(error).slice(0, 40)}`;
    }
    rows.push({ name: c.name, m: c.m, ours: name, r: ref.model, same: arimaOrders(name) === arimaOrders(ref.model), mase: m, rMase: ref.MASE, ms, rMs: ref.fit_cpu_s * 1000 });
  }
  const sameOrders = rows.filter((r) => r.same).length;
  const sameModel = rows.filter((r) => r.ours === r.r).length;
  return { rows, summary: { ...summarise(rows), sameModel, sameOrders, failed } };
}

// ---------------------------------------------------------------- npm `arima` (ctsa AutoARIMA in WASM)

interface NpmArima {
  train(ts: number[]): NpmArima;
  predict(h: number): [number[], number[]];
  destroy(): void;
}
type NpmArimaCtor = new (o: { auto: boolean; s: number; verbose: boolean }) => NpmArima;

/** Runs `fn` with process.stdout silenced (the WASM module can print). */
function quietly<T>(fn: () => T): T {
  const write = process.stdout.write;
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    return fn();
  } finally {
    process.stdout.write = write;
  }
}

export interface NpmArimaRow {
  name: string;
  mase: number;
  ms: number;
  note: string;
}

/** Forecasts and scores each series; CPU ms of train + predict, median of `reps` warm runs. */
export function npmArimaColumn(cases: BenchCase[], ARIMA: NpmArimaCtor, mase: Mase, reps: number): NpmArimaRow[] {
  return cases.map((c) => {
    const run = () =>
      quietly(() => {
        const model = new ARIMA({ auto: true, s: c.m > 1 ? c.m : 0, verbose: false }).train(Array.from(c.train));
        try {
          return model.predict(c.h)[0];
        } finally {
          model.destroy();
        }
      });
    let point: number[] = [];
    let note = "";
    let ms = NaN;
    try {
      point = run();
      ms = timeMs(() => void run(), reps);
    } catch (error) {
      note = `failed: ${String(error).split("\n")[0]?.slice(0, 60)}`;
    }
    const ok = point.length === c.h && point.every(Number.isFinite);
    if (!ok && note === "") note = "no forecasts";
    return { name: c.name, mase: ok ? mase(c.actual, point, c.train, { period: c.m }) : NaN, ms, note };
  });
}
