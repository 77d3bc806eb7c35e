import { createRng, defineModel, runModel, runVectorized } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { erlangA } from "../queues/erlangA.js";
import { erlangC } from "../queues/erlangC.js";
import { queueNode } from "./queueNode.js";

const shop = (baristas: number) =>
  defineModel({
    start: "2026-01-05",
    periods: 1,
    nodes: {
      customers: { input: 72 },
      baristas: { input: baristas },
      serviceLevel: queueNode({ arrivals: "customers", servers: "baristas", serviceTime: 2.5, targetWait: 3, output: "serviceLevel" }),
      lost: queueNode({ arrivals: "customers", servers: "baristas", serviceTime: 2.5, patience: 4, output: "lostCustomers" }),
      wages: { formula: "baristas * 14" },
      lostMargin: { formula: "lost * 3.2" },
      cost: { formula: "wages + lostMargin" },
    },
  });

describe("queueNode", () => {
  it("computes Erlang C / Erlang A figures inside a driver model", () => {
    const run = runModel(shop(4));
    expect(run.value("serviceLevel", 0)).toBeCloseTo(erlangC(72 / 60, { servers: 4, serviceTime: 2.5, targetWait: 3 }).serviceLevel, 12);
    expect(run.value("lost", 0)).toBeCloseTo(72 * erlangA(72 / 60, { servers: 4, serviceTime: 2.5, patience: 4 }).probAbandon, 12);
  });

  it("lets Monte Carlo over arrivals choose the staffing that minimises wages + lost margin", () => {
    const rng = createRng(4);
    const draws = Float64Array.from({ length: 2000 }, () => Math.max(0, rng.normal(72, 12)));
    const expected = [2, 3, 4, 5, 6, 7].map((c) => {
      const run = runVectorized(shop(c), { count: draws.length, inputs: { customers: draws }, outputs: ["cost", "serviceLevel"], engine: "columns" });
      const costs = run.column("cost", 0);
      return costs.reduce((a, b) => a + b, 0) / costs.length;
    });
    const best = expected.indexOf(Math.min(...expected)) + 2;
    expect(best).toBeGreaterThanOrEqual(3);
    expect(best).toBeLessThanOrEqual(5);
    // more baristas always lose fewer customers
    expect(expected[5]! - 7 * 14).toBeLessThan(expected[0]! - 2 * 14);
  });

  it("does not throw on an overloaded draw: service level 0 and the excess arrivals lost", () => {
    const model = defineModel({
      start: "2026-01",
      periods: 1,
      nodes: {
        a: { input: 200 },
        c: { input: 2 },
        sl: queueNode({ arrivals: "a", servers: "c", serviceTime: 2.5, output: "serviceLevel" }),
        lost: queueNode({ arrivals: "a", servers: "c", serviceTime: 2.5, output: "lostCustomers" }),
      },
    });
    const run = runModel(model);
    expect(run.value("sl", 0)).toBe(0);
    expect(run.value("lost", 0)).toBeCloseTo(200 - (2 * 60) / 2.5, 12);
  });

  it("rejects bad options", () => {
    expectDpm(() => queueNode({ arrivals: "a", servers: "c", serviceTime: 0, output: "serviceLevel" }), "INVALID_ARGUMENT", "serviceTime");
    expectDpm(() => queueNode({ arrivals: "a", servers: "c", serviceTime: 1, output: "speed" as never }), "INVALID_ARGUMENT", "options.output");
  });
});
