import { timeSeries, type TimeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { grossMargin } from "../profitability/grossMargin.js";
import { defineKpi } from "./defineKpi.js";
import { trackKpi } from "./trackKpi.js";

describe("trackKpi", () => {
  const wait = defineKpi({ name: "Peak wait", unit: "min", direction: "lower-is-better", target: 4, warning: 5, critical: 8 });

  it("gives a status per period and one alert per change of status", () => {
    const report = trackKpi(wait, timeSeries("2025-W10", [4, 6, 9, 6, 4, 4]));
    expect(report.periods.map((p) => p.status)).toEqual(["on-track", "warning", "critical", "warning", "on-track", "on-track"]);
    expect(report.periods.map((p) => p.period)).toEqual(["2025-W10", "2025-W11", "2025-W12", "2025-W13", "2025-W14", "2025-W15"]);
    expect(report.alerts.map((a) => [a.period, a.kind, a.severity])).toEqual([
      ["2025-W11", "crossed-warning", "warning"],
      ["2025-W12", "crossed-critical", "critical"],
      ["2025-W13", "improved", "info"],
      ["2025-W14", "recovered", "info"],
    ]);
    expect(report.alerts[1]?.message).toBe("Peak wait is 9 min in 2025-W12, past the critical threshold 8 min.");
    expect(report.latest).toEqual({ period: "2025-W15", value: 4, status: "on-track" });
  });

  it("alerts when the very first period is already off track, and jumps straight to critical", () => {
    const report = trackKpi(wait, timeSeries("2025-01", [9, 9, 4]));
    expect(report.alerts.map((a) => a.kind)).toEqual(["crossed-critical", "recovered"]);
  });

  it("skips missing periods, comparing with the last observed status", () => {
    const s = timeSeries("2025-01", [6, Number.NaN, 6, 4], { allowMissing: true });
    const report = trackKpi(wait, s);
    expect(report.periods[1]?.status).toBe("missing");
    expect(report.alerts.map((a) => [a.period, a.kind])).toEqual([
      ["2025-01", "crossed-warning"],
      ["2025-04", "recovered"],
    ]);
  });

  it("fits the trend and raises a trend-miss alert when a significant worsening trend projects a miss", () => {
    // 3.0, 3.2, … 3.8 minutes: on track throughout, but rising 0.2 min/week (exactly, plus tiny noise)
    const values = [3.0, 3.21, 3.39, 3.6, 3.8];
    const report = trackKpi(wait, timeSeries("2025-W10", values), { horizon: 4 });
    expect(report.alerts.filter((a) => a.kind !== "trend-miss")).toEqual([]);
    const trend = report.trend;
    if (trend === null) throw new Error("expected a trend");
    expect(trend.slope).toBeCloseTo(0.199, 3);
    expect(trend.significant).toBe(true);
    expect(trend.direction).toBe("worsening");
    expect(trend.projection.period).toBe("2025-W18");
    expect(trend.projection.value).toBeCloseTo(3.002 + 0.199 * 8, 2);
    const miss = report.alerts.at(-1);
    expect(miss?.kind).toBe("trend-miss");
    expect(miss?.period).toBe("2025-W14");
    expect(miss?.severity).toBe("warning"); // 4.6 minutes: past the target 4, not past critical 8
    expect(miss?.message).toContain("rising by 0.199 min per week");
    expect(miss?.message).toContain("above the target 4 min");
  });

  it("marks a trend-miss critical when the projection is past the critical threshold", () => {
    const report = trackKpi(wait, timeSeries("2025-W10", [3, 4.1, 4.9, 6.1, 7]), { horizon: 2 });
    const miss = report.alerts.find((a) => a.kind === "trend-miss");
    expect(miss?.severity).toBe("critical");
  });

  it("raises no trend alert for an insignificant or improving trend", () => {
    const noisy = trackKpi(wait, timeSeries("2025-01", [3, 4.5, 3.2, 4.4, 3.5]));
    expect(noisy.trend?.significant).toBe(false);
    expect(noisy.trend?.direction).toBe("flat");
    const improving = trackKpi(wait, timeSeries("2025-01", [7, 6, 5.1, 4, 3]));
    expect(improving.trend?.direction).toBe("improving");
    expect(improving.alerts.some((a) => a.kind === "trend-miss")).toBe(false);
  });

  it("uses the warning threshold as the goal when there is no target", () => {
    const nps = defineKpi({ name: "NPS", unit: "points", direction: "higher-is-better", warning: 30, critical: 10 });
    const report = trackKpi(nps, timeSeries("2025-01", [60, 55, 49, 45, 40]), { horizon: 3 });
    const miss = report.alerts.find((a) => a.kind === "trend-miss");
    expect(miss?.message).toContain("below the warning threshold 30 points");
  });

  it("formats values in messages with the definition's format", () => {
    const churn = defineKpi({
      name: "Churn",
      unit: "ratio",
      direction: "lower-is-better",
      warning: 0.05,
      critical: 0.07,
      format: (x) => `${(100 * x).toFixed(1)} %`,
    });
    const report = trackKpi(churn, timeSeries("2025-01", [0.04, 0.055]));
    expect(report.alerts[0]?.message).toBe("Churn is 5.5 % in 2025-02, past the warning threshold 5.0 %.");
  });

  it("fits the trend on the last trendWindow periods only", () => {
    const report = trackKpi(wait, timeSeries("2025-01", [9, 8, 7, 3, 3.1, 3.2, 3.3]), { trendWindow: 4 });
    expect(report.trend?.periodsUsed).toBe(4);
    expect(report.trend?.slope).toBeCloseTo(0.1, 10);
  });

  it("has no trend with fewer than 3 observed values", () => {
    expect(trackKpi(wait, timeSeries("2025-01", [3, 4])).trend).toBeNull();
  });

  it("evaluates a formula over the tracked input", () => {
    const margin = defineKpi<{ revenue: TimeSeries; cogs: TimeSeries }>({
      name: "Gross margin",
      unit: "ratio",
      direction: "higher-is-better",
      warning: 0.6,
      critical: 0.5,
      formula: ({ revenue, cogs }) => grossMargin(revenue, cogs),
    });
    const report = trackKpi(margin, { revenue: timeSeries("2025-01", [100, 100]), cogs: timeSeries("2025-01", [30, 45]) });
    expect(report.periods.map((p) => p.status)).toEqual(["on-track", "warning"]);
    expect(report.series.name).toBe("grossMargin");
  });

  it("rejects bad input and options", () => {
    expectDpm(() => trackKpi(wait, [1, 2, 3] as never), "INVALID_ARGUMENT", "input");
    const broken = defineKpi<number>({ name: "x", unit: "u", direction: "higher-is-better", warning: 1, critical: 0, formula: () => 5 as never });
    expectDpm(() => trackKpi(broken, 1), "INVALID_ARGUMENT", "definition.formula");
    const s = timeSeries("2025-01", [1, 2, 3]);
    expectDpm(() => trackKpi(wait, s, { alpha: 1 }), "INVALID_ARGUMENT", "options.alpha");
    expectDpm(() => trackKpi(wait, s, { horizon: -1 }), "INVALID_ARGUMENT", "options.horizon");
    expectDpm(() => trackKpi(wait, s, { trendWindow: 2 }), "INVALID_ARGUMENT", "options.trendWindow");
    expectDpm(() => trackKpi({ ...wait, critical: 1 }, s), "INVALID_ARGUMENT", "critical");
  });
});
