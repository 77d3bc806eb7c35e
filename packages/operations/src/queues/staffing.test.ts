import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { erlangC } from "./erlangC.js";
import { requiredServers, staffing } from "./staffing.js";

describe("requiredServers", () => {
  it("finds the smallest c meeting the target (the 10-erlang table: 80/20 → 14 agents)", () => {
    const c = requiredServers(100 / 1800, { serviceTime: 180, targetWait: 20, serviceLevel: 0.8 });
    expect(c).toBe(14);
    expect(erlangC(100 / 1800, { servers: c - 1, serviceTime: 180, targetWait: 20 }).serviceLevel).toBeLessThan(0.8);
  });
  it("honours maxUtilisation and Erlang A patience", () => {
    expect(requiredServers(100 / 1800, { serviceTime: 180, targetWait: 20, serviceLevel: 0.5, maxUtilisation: 0.7 })).toBe(15);
    const withPatience = requiredServers(6, { serviceTime: 4, targetWait: 1 / 3, serviceLevel: 0.8, patience: 1 });
    expect(withPatience).toBeLessThanOrEqual(requiredServers(6, { serviceTime: 4, targetWait: 1 / 3, serviceLevel: 0.8 }));
  });
  it("rejects service levels outside (0, 1)", () => {
    for (const sl of [0, 1, 1.2, -0.1]) expectDpm(() => requiredServers(1, { serviceTime: 1, targetWait: 1, serviceLevel: sl }), "INVALID_ARGUMENT", "serviceLevel");
    expectDpm(() => requiredServers(1e6, { serviceTime: 1, targetWait: 1, serviceLevel: 0.8, maxServers: 10 }), "NO_SOLUTION");
  });
});

describe("staffing", () => {
  it("staffs each interval of a day and agrees with square-root staffing to within a server or two", () => {
    const hourly = [120, 300, 900, 2400, 3000, 2600, 1800, 1200, 600];
    const plan = staffing(hourly, { serviceTime: 4, targetWait: 0.5, serviceLevel: 0.8, intervalLength: 60 });
    for (let i = 0; i < hourly.length; i++) {
      const c = plan.servers[i] as number;
      expect(plan.serviceLevel[i]).toBeGreaterThanOrEqual(0.8);
      const lower = erlangC((hourly[i] as number) / 60, { servers: c - 1, serviceTime: 4, targetWait: 0.5 });
      expect(lower.serviceLevel).toBeLessThan(0.8);
      expect(Math.abs(c - (plan.squareRoot[i] as number))).toBeLessThanOrEqual(2);
    }
    expect(plan.serverTime).toBe(plan.servers.reduce((a, b) => a + b, 0) * 60);
  });
  it("reads a TimeSeries and keeps its start; zero arrivals get minServers", () => {
    const plan = staffing(timeSeries("2026-01-05", [0, 60, 0]), { serviceTime: 2, targetWait: 3, serviceLevel: 0.9, minServers: 1 });
    expect(Array.from(plan.servers)).toEqual([1, 3, 1]);
    expect(plan.start?.freq).toBe("day");
  });
  it("rejects negative or non-finite arrivals and empty forecasts", () => {
    expectDpm(() => staffing([10, -1], { serviceTime: 1, targetWait: 1, serviceLevel: 0.8 }), "INVALID_ARGUMENT", "arrivals[1]");
    expectDpm(() => staffing([Number.NaN], { serviceTime: 1, targetWait: 1, serviceLevel: 0.8 }), "NON_FINITE");
    expectDpm(() => staffing([], { serviceTime: 1, targetWait: 1, serviceLevel: 0.8 }), "EMPTY");
    expectDpm(() => staffing([1], { serviceTime: 1, targetWait: 1, serviceLevel: 0.8, maxUtilisation: 1.5 }), "INVALID_ARGUMENT");
  });
});
