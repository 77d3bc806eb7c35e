import type { TimeSeries } from "@dpm/core";
import { describe, expectTypeOf, it } from "vitest";
import { cltv } from "../customers/cltv.js";
import { grossMargin } from "../profitability/grossMargin.js";
import { daysOfInventory } from "../operations/daysOfInventory.js";
import type { KpiResult } from "./KpiInput.js";

declare const s: TimeSeries;
declare const either: number | TimeSeries;

describe("KpiResult", () => {
  it("is number for numbers, TimeSeries when any argument is a series, the union when unknown", () => {
    expectTypeOf<KpiResult<[number, number]>>().toEqualTypeOf<number>();
    expectTypeOf<KpiResult<[number, TimeSeries]>>().toEqualTypeOf<TimeSeries>();
    expectTypeOf<KpiResult<[number | TimeSeries, number]>>().toEqualTypeOf<number | TimeSeries>();
    expectTypeOf<KpiResult<[number[], number]>>().toEqualTypeOf<number[]>();
    expectTypeOf<KpiResult<[readonly number[], readonly number[]]>>().toEqualTypeOf<number[]>();
  });

  it("types KPI formulas by their arguments", () => {
    expectTypeOf(grossMargin(100, 40)).toEqualTypeOf<number>();
    expectTypeOf(grossMargin(s, 40)).toEqualTypeOf<TimeSeries>();
    expectTypeOf(cltv(30, 0.6, s)).toEqualTypeOf<TimeSeries>();
    expectTypeOf(grossMargin(either, 40)).toEqualTypeOf<number | TimeSeries>();
    expectTypeOf(daysOfInventory(1, 2)).toEqualTypeOf<number>();
    expectTypeOf(daysOfInventory(1, 2, s)).toEqualTypeOf<TimeSeries>();
    expectTypeOf(grossMargin([100, 200], [40, 90])).toEqualTypeOf<number[]>();
  });
});
