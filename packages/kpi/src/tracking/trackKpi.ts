import { checkOptions, DpmError, assertInteger, formatPeriod, isTimeSeries, periodAt, type TimeSeries } from "@dpm/core";
import { describe } from "../internal/checks.js";
import { defineKpi, type KpiDefinition, type KpiDirection } from "./defineKpi.js";
import { kpiStatus, type KpiStatus } from "./kpiStatus.js";
import { trendOf, type LinearTrend } from "./linearTrend.js";

/**
 * Options for {@link trackKpi}.
 *
 * @category Tracking
 */
export interface TrackKpiOptions {
  /** Periods past the last one at which the trend is projected and judged (default 3). */
  readonly horizon?: number;
  /** Significance level of the slope test (default 0.05): a trend counts only when p < alpha. */
  readonly alpha?: number;
  /** Fit the trend on the last this-many periods only (default: every period; ≥ 3). */
  readonly trendWindow?: number;
}

/**
 * The KPI's value and status in one period.
 *
 * @category Tracking
 */
export interface KpiPeriodStatus {
  /** The period label, e.g. `"2025-03"`. */
  readonly period: string;
  /** The value (NaN when missing). */
  readonly value: number;
  readonly status: KpiStatus;
}

/**
 * The trend of a tracked KPI: the fitted line, its slope test, which way it points, and where it
 * leads.
 *
 * @category Tracking
 */
export interface KpiTrend extends LinearTrend {
  /** Whether the slope differs from 0 at the chosen `alpha` (p < alpha). */
  readonly significant: boolean;
  /** `"flat"` unless significant; otherwise improving or worsening for the KPI's direction. */
  readonly direction: "improving" | "worsening" | "flat";
  /** Periods (the last ones) the trend was fitted on. */
  readonly periodsUsed: number;
  /** The fitted line `horizon` periods after the last period. */
  readonly projection: { readonly period: string; readonly value: number; readonly status: KpiStatus };
}

/**
 * What happened, for an alert:
 * - `"crossed-warning"`: the status fell from on-track to warning;
 * - `"crossed-critical"`: the status fell to critical;
 * - `"improved"`: the status rose from critical to warning;
 * - `"recovered"`: the status rose back to on-track;
 * - `"trend-miss"`: a significant worsening trend projects a miss of the target (or, without a
 *   target, of the warning threshold) `horizon` periods ahead.
 *
 * @category Tracking
 */
export type KpiAlertKind = "crossed-warning" | "crossed-critical" | "improved" | "recovered" | "trend-miss";

/**
 * One alert of a {@link KpiReport}.
 *
 * @category Tracking
 */
export interface KpiAlert {
  /** The period the alert belongs to (for a trend, the last period). */
  readonly period: string;
  readonly kind: KpiAlertKind;
  /** `"critical"`, `"warning"` or `"info"` (improvements). */
  readonly severity: "critical" | "warning" | "info";
  /** The value that triggered it (for a trend, the projected value). */
  readonly value: number;
  /** A sentence a person can act on. */
  readonly message: string;
}

/**
 * The result of {@link trackKpi}.
 *
 * @category Tracking
 */
export interface KpiReport {
  readonly name: string;
  readonly unit: string;
  readonly direction: KpiDirection;
  readonly target: number | undefined;
  /** The KPI values tracked (the input, or what the formula computed from it). */
  readonly series: TimeSeries;
  /** Value and status per period. */
  readonly periods: readonly KpiPeriodStatus[];
  /** The last period's entry. */
  readonly latest: KpiPeriodStatus;
  /** The trend, or null with fewer than 3 observed values in the trend window. */
  readonly trend: KpiTrend | null;
  /** Threshold crossings in period order, then the trend alert if any. */
  readonly alerts: readonly KpiAlert[];
}

const RANK: Readonly<Record<Exclude<KpiStatus, "missing">, number>> = { "on-track": 0, warning: 1, critical: 2 };

/**
 * Evaluates a KPI over time against its definition: the status of every period, the trend (a
 * least-squares line with a t test of the slope, see {@link linearTrend}), and alerts.
 *
 * **Alerts.** The status sequence starts from an assumed on-track state, so a first period that
 * is already a warning raises `"crossed-warning"`. Missing periods are skipped (the comparison is
 * with the last observed status). Each change of status raises one alert (`"crossed-warning"`,
 * `"crossed-critical"`, `"improved"`, `"recovered"`). Then, if the slope is significant (p <
 * `alpha`), points the wrong way, and its projection `horizon` periods after the last period is
 * worse than the target (the warning threshold when there is no target), one `"trend-miss"` alert
 * is added at the last period — critical when the projection is past the critical threshold.
 *
 * @param definition - the KPI (see {@link defineKpi}; validated again here)
 * @param input - the KPI series, or the input of `definition.formula`
 * @param options - projection horizon, significance level, trend window
 * @returns statuses, trend and alerts
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a bad definition or options, an input that is
 *   not a TimeSeries when there is no formula, or a formula that returns no TimeSeries
 *
 * @example
 * ```ts
 * import { timeSeries } from "@dpm/core";
 * import { defineKpi, trackKpi } from "@dpm/kpi";
 *
 * const churn = defineKpi({ name: "Monthly churn", unit: "ratio", direction: "lower-is-better", target: 0.03, warning: 0.04, critical: 0.06 });
 * const report = trackKpi(churn, timeSeries("2025-01", [0.025, 0.027, 0.03, 0.033, 0.036, 0.041]));
 * report.latest.status; // => "warning"
 * report.trend?.direction; // => "worsening"
 * report.alerts.map((a) => `${a.period} ${a.kind}`); // => ["2025-06 crossed-warning", "2025-06 trend-miss"]
 * ```
 *
 * @category Tracking
 */
export function trackKpi<In = TimeSeries>(definition: KpiDefinition<In>, input: In, options: TrackKpiOptions = {}): KpiReport {
  checkOptions(options, ["alpha", "horizon", "trendWindow"], "trackKpi");
  const fn = "trackKpi";
  const def = defineKpi(definition);
  const horizon = options.horizon ?? 3;
  assertInteger(horizon, "options.horizon", fn, 0);
  const alpha = options.alpha ?? 0.05;
  if (typeof alpha !== "number" || !(alpha > 0 && alpha < 1)) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.alpha must be between 0 and 1 (exclusive), got ${describe(alpha)}.`, { path: "options.alpha" });
  }
  if (options.trendWindow !== undefined) assertInteger(options.trendWindow, "options.trendWindow", fn, 3);

  let series: unknown;
  if (def.formula === undefined) {
    series = input;
    if (!isTimeSeries(series)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${def.name} has no formula, so input must be its TimeSeries, got ${describe(input)}.`, { path: "input" });
    }
  } else {
    series = def.formula(input);
    if (!isTimeSeries(series)) {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: ${def.name}: formula must return a TimeSeries, got ${describe(series)}.`, { path: "definition.formula" });
    }
  }
  const s = series as TimeSeries;
  const values = s.values;
  const n = s.length;
  const label = (i: number) => formatPeriod(periodAt(s, i));
  const fmt = (x: number) => String(Number(x.toPrecision(4)));
  const show = def.format ?? ((x: number) => `${fmt(x)} ${def.unit}`);
  const higher = def.direction === "higher-is-better";

  const periods: KpiPeriodStatus[] = new Array<KpiPeriodStatus>(n);
  const alerts: KpiAlert[] = [];
  let previous: Exclude<KpiStatus, "missing"> = "on-track";
  for (let i = 0; i < n; i++) {
    const value = values[i] as number;
    const status = kpiStatus(def, value);
    periods[i] = { period: label(i), value, status };
    if (status === "missing" || status === previous) continue;
    const worse = RANK[status] > RANK[previous];
    const where = `${def.name} is ${show(value)} in ${label(i)}`;
    if (status === "critical") {
      alerts.push({ period: label(i), kind: "crossed-critical", severity: "critical", value, message: `${where}, past the critical threshold ${show(def.critical)}.` });
    } else if (status === "warning" && worse) {
      alerts.push({ period: label(i), kind: "crossed-warning", severity: "warning", value, message: `${where}, past the warning threshold ${show(def.warning)}.` });
    } else if (status === "warning") {
      alerts.push({ period: label(i), kind: "improved", severity: "info", value, message: `${where}: improved from critical, still past the warning threshold ${show(def.warning)}.` });
    } else {
      alerts.push({ period: label(i), kind: "recovered", severity: "info", value, message: `${where}: back on track (warning threshold ${show(def.warning)}).` });
    }
    previous = status;
  }

  const from = options.trendWindow === undefined ? 0 : Math.max(0, n - options.trendWindow);
  const points: [number, number][] = [];
  for (let i = from; i < n; i++) {
    const v = values[i] as number;
    if (!Number.isNaN(v)) points.push([i, v]);
  }
  let trend: KpiTrend | null = null;
  if (points.length >= 3) {
    const fit = trendOf(points, fn);
    const significant = fit.pValue < alpha;
    const direction = !significant || fit.slope === 0 ? "flat" : fit.slope > 0 === higher ? "improving" : "worsening";
    const at = n - 1 + horizon;
    const projected = fit.intercept + fit.slope * at;
    const projection = { period: formatPeriod(periodAt(s, at)), value: projected, status: kpiStatus(def, projected) };
    trend = { ...fit, significant, direction, periodsUsed: n - from, projection };
    const goal = def.target ?? def.warning;
    const misses = higher ? projected < goal : projected > goal;
    if (direction === "worsening" && misses) {
      const goalText = def.target === undefined ? `the warning threshold ${show(goal)}` : `the target ${show(goal)}`;
      alerts.push({
        period: label(n - 1),
        kind: "trend-miss",
        severity: projection.status === "critical" ? "critical" : "warning",
        value: projected,
        message:
          `${def.name} is ${higher ? "falling" : "rising"} by ${show(Math.abs(fit.slope))} per ${s.freq} ` +
          `(p ${fit.pValue < 0.001 ? "< 0.001" : `= ${fmt(fit.pValue)}`}); at this pace it reaches ${show(projected)} by ${projection.period}, ` +
          `${higher ? "below" : "above"} ${goalText}.`,
      });
    }
  }
  return {
    name: def.name,
    unit: def.unit,
    direction: def.direction,
    target: def.target,
    series: s,
    periods,
    latest: periods[n - 1] as KpiPeriodStatus,
    trend,
    alerts,
  };
}
