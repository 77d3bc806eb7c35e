// The methods bench:competition can run, by name, on one competition series (from the sources).
import * as lib from "../src/index.ts";

export interface CompetitionSeries {
  readonly id: string;
  readonly period: string;
  readonly frequency: number;
  readonly h: number;
  readonly x: readonly number[];
  readonly xx: readonly number[];
}

export interface MethodOutput {
  readonly point: number[];
  /** 95 % interval, when the method has one. */
  readonly lower: number[] | null;
  readonly upper: number[] | null;
  readonly label: string;
}

/**
 * The seasonal periods a core TimeSeries of the file's category would give (the files carry only
 * `frequency`, the shortest period): hourly 24 and 168, daily 7 and 365.25, weekly 52.18.
 */
export function periodsFor(s: CompetitionSeries): number[] | undefined {
  const p = s.period.toUpperCase();
  if (p === "HOURLY") return [24, 168];
  if (p === "WEEKLY") return [52.18];
  if (p === "DAILY") return [7, 365.25];
  return undefined;
}

type Runner = (s: CompetitionSeries) => lib.Forecast & { description?: string };

function auto(extra: Partial<lib.AutoForecastOptions>): Runner {
  return (s) => {
    const periods = periodsFor(s);
    const base: Record<string, unknown> = { horizon: s.h, levels: [95] };
    if (periods !== undefined) base.periods = periods;
    else base.period = Math.max(1, Math.round(s.frequency));
    return lib.autoForecast(s.x, { ...(base as unknown as lib.AutoForecastOptions), ...extra });
  };
}

export const RUNNERS: Readonly<Record<string, Runner>> = {
  default: auto({}),
  ets: auto({ methods: ["ets"] }),
  theta: auto({ methods: ["theta"] }),
  arima: auto({ methods: ["arima"] }),
  comb: auto({ methods: ["ets", "theta", "arima"], combine: true }),
  // R's ets step for step (Nelder–Mead from R's start, one model by AICc)
  "ets-r": (s) => lib.forecastEts(lib.fitEts(s.x, { period: Math.round(s.frequency), optimizer: "nelder-mead" }), { horizon: s.h, levels: [95] }),
  // seasonal naive on the longest season (hourly: a week ago; weekly: a year ago)
  "snaive-long": (s) => lib.seasonalNaiveForecast(s.x, { horizon: s.h, levels: [95], period: s.period.toUpperCase() === "HOURLY" ? 168 : Math.max(1, Math.round(s.frequency)) }),
  snaive: (s) => lib.seasonalNaiveForecast(s.x, { horizon: s.h, levels: [95], period: Math.max(1, Math.round(s.frequency)) }),
  naive: (s) => lib.naiveForecast(s.x, { horizon: s.h, levels: [95] }),
};

export function runMethod(name: string, s: CompetitionSeries): MethodOutput {
  const runner = RUNNERS[name];
  if (runner === undefined) throw new Error(`unknown method ${name}; use ${Object.keys(RUNNERS).join(", ")}`);
  const f = runner(s);
  const i95 = f.intervals.find((i) => i.level === 95);
  return {
    point: Array.from(f.point),
    lower: i95 === undefined ? null : Array.from(i95.lower),
    upper: i95 === undefined ? null : Array.from(i95.upper),
    label: f.method,
  };
}
