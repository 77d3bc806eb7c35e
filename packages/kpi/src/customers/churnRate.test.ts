import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { rollingWindow } from "../series/rollingWindow.js";
import { churnRate } from "./churnRate.js";

describe("churnRate", () => {
  it("is customers lost over customers at the start", () => {
    expect(churnRate(30, 600)).toBe(0.05);
    expect(churnRate(0, 600)).toBe(0);
    expect(churnRate(600, 600)).toBe(1);
  });

  it("throws for zero customers at the start (undefined KPI)", () => {
    const error = expectDpm(() => churnRate(0, 0), "INVALID_ARGUMENT", "customersAtStart");
    expect(error.details).toMatchObject({ undefinedKpi: true });
  });

  it("rejects negative counts and more lost than there were", () => {
    expectDpm(() => churnRate(-1, 10), "INVALID_ARGUMENT", "customersLost");
    expectDpm(() => churnRate(1, -10), "INVALID_ARGUMENT", "customersAtStart");
    expectDpm(() => churnRate(11, 10), "INVALID_ARGUMENT", "customersLost");
  });

  it("runs over rolling windows as a ratio of sums", () => {
    const lost = timeSeries("2025-01", [10, 20, 30, 40]);
    const atStart = timeSeries("2025-01", [500, 520, 530, 540]);
    const trailing = churnRate(rollingWindow(lost, 3), rollingWindow(atStart, 3, { aggregate: "first" }));
    expect(Array.from(trailing.values)).toEqual([60 / 500, 90 / 520]);
  });
});
