import { describe, expect, it } from "vitest";
import { catchDpm, holdout } from "../../test/reference.js";
import type { Forecast } from "../intervals/Forecast.js";
import { accuracy } from "./accuracy.js";

describe("accuracy", () => {
  it("reports R's MASE, sMAPE, coverage and MSIS for R's ets forecast of AirPassengers", () => {
    const r = holdout("AirPassengers");
    const ets = r.methods.ets;
    if (ets === undefined) throw new Error("missing");
    const forecast: Forecast = {
      method: ets.model,
      point: Float64Array.from(ets.point),
      intervals: [
        { level: 80, lower: Float64Array.from(ets.lower80), upper: Float64Array.from(ets.upper80) },
        { level: 95, lower: Float64Array.from(ets.lower95), upper: Float64Array.from(ets.upper95) },
      ],
      intervalMethod: "analytic",
      start: null,
      fitted: new Float64Array(0),
      residuals: new Float64Array(0),
    };
    const report = accuracy(r.actual, forecast, { training: r.train, period: 12 });
    expect(report.mase).toBeCloseTo(ets.MASE, 10);
    expect(report.smape).toBeCloseTo(ets.sMAPE, 10);
    expect(report.intervals.map((i) => i.coverage)).toEqual([ets.coverage80, ets.coverage95].map((c) => expect.closeTo(c, 12)));
    expect(report.intervals[1]?.msis).toBeCloseTo(ets.MSIS95, 8);
  });

  it("reports NaN MASE without training data instead of throwing", () => {
    const report = accuracy([1, 2], [1, 3]);
    expect(report.mae).toBe(0.5);
    expect(report.mase).toBeNaN();
    expect(report.intervals).toEqual([]);
  });

  it("rejects a forecast of the wrong length", () => {
    expect(catchDpm(() => accuracy([1, 2, 3], [1, 2])).code).toBe("LENGTH_MISMATCH");
  });
});

describe("accuracy with a hand-built forecast", () => {
  it("rejects intervals that are not an array of { level, lower, upper }", () => {
    const f = { point: [1, 2], intervals: null } as unknown as Forecast;
    expect(catchDpm(() => accuracy([1, 2], f)).path).toBe("forecast.intervals");
    const g = { point: [1, 2], intervals: [{ level: 95 }] } as unknown as Forecast;
    expect(catchDpm(() => accuracy([1, 2], g)).path).toBe("forecast.intervals");
  });
});
