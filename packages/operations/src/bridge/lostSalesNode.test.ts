import { defineModel, runModel } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { newsvendor } from "../inventory/newsvendor.js";
import { lostSalesNode } from "./lostSalesNode.js";

describe("lostSalesNode", () => {
  it("equals the newsvendor's expected shortage for normal demand, and gives the fill rate", () => {
    const model = defineModel({
      start: "2026-01",
      periods: 1,
      nodes: {
        demand: { input: 80 },
        stock: { input: 90 },
        short: lostSalesNode({ demand: "demand", stock: "stock", cv: 15 / 80 }),
        fill: lostSalesNode({ demand: "demand", stock: "stock", cv: 15 / 80, output: "fillRate" }),
      },
    });
    const run = runModel(model);
    // a newsvendor whose optimum is q = 90 has the same shortage
    const nv = newsvendor({ dist: "normal", mean: 80, sd: 15 }, { underage: 1, overage: 1 });
    expect(nv.quantity).toBe(80);
    expect(run.value("short", 0)).toBeCloseTo(15 * (Math.exp(-((10 / 15) ** 2) / 2) / Math.sqrt(2 * Math.PI) - (10 / 15) * 0.2524925375469229), 6);
    expect(run.value("fill", 0)).toBeCloseTo(1 - run.value("short", 0) / 80, 12);
  });
  it("rejects bad options", () => {
    expectDpm(() => lostSalesNode({ demand: "d", stock: "s", cv: -1 }), "INVALID_ARGUMENT", "cv");
  });
});
