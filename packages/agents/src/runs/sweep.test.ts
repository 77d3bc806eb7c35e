import { createRng, isDpmError, timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { bassAdoption } from "../models/bassAdoption.js";
import { brandSwitching } from "../models/brandSwitching.js";
import { parameterGrid } from "./parameterGrid.js";
import { sweep } from "./sweep.js";

describe("sweep", () => {
  it("runs every set × replication with seeds forked from the base seed by replication index", () => {
    const seen: string[] = [];
    const result = sweep(
      (params: { a: number }, seed) => {
        seen.push(seed);
        return { x: timeSeries("2026-01", [params.a, createRng(seed).next()]) };
      },
      { parameters: [{ a: 1 }, { a: 2 }], replications: 3, seed: 7 },
    );
    const base = createRng(7);
    expect(seen).toEqual([0, 1, 2, 0, 1, 2].map((r) => base.fork(r).seed));
    expect(result.runs.map((r) => [r.set, r.replication])).toEqual([[0, 0], [0, 1], [0, 2], [1, 0], [1, 1], [1, 2]]);
  });

  it("collects nested series and returns tidy rows", () => {
    const result = sweep(
      (params: { price: number }, seed) =>
        brandSwitching({ size: 500, steps: 2, brands: [{ name: "us", price: params.price }, { name: "them", price: 2 }], seed }),
      { parameters: parameterGrid({ price: [1.5, 2.5] }), replications: 2 },
    );
    expect(Object.keys(result.runs[0]!.metrics).sort()).toEqual(["shares.them", "shares.us", "switches"]);
    const rows = result.rows("shares.us");
    expect(rows.length).toBe(2 * 2 * 3);
    expect(rows[3]).toMatchObject({ price: 1.5, set: 0, replication: 1, metric: "shares.us", step: 0, period: "2026-01" });
  });

  it("is reproducible: the same seed gives identical results", () => {
    const run = () =>
      sweep((params: { q: number }, seed) => bassAdoption({ size: 2000, p: 0.03, q: params.q, steps: 6, seed }), {
        parameters: [{ q: 0.3 }, { q: 0.5 }],
        replications: 2,
        seed: "launch",
      }).rows();
    expect(run()).toEqual(run());
  });

  it("rejects bad input with DpmError", () => {
    const cases: (() => unknown)[] = [
      () => sweep(() => ({}), { parameters: [{}] }),
      () => sweep(() => ({}), { parameters: [] }),
      () => sweep(() => ({}), { parameters: [{}], replications: 0 }),
      () => sweep("model" as never, { parameters: [{}] }),
    ];
    for (const f of cases) {
      let caught: unknown;
      try {
        f();
      } catch (e) {
        caught = e;
      }
      expect(isDpmError(caught, "INVALID_ARGUMENT")).toBe(true);
    }
  });

  it("caps replications and runs (1e9 replications used to hang) and rejects unknown options", () => {
    const run = () => ({});
    const started = performance.now();
    expect(() => sweep(run, { parameters: [{}], replications: 1e9 })).toThrow(/replications must be a whole number between 1 and 1,000,000/);
    expect(() => sweep(run, { parameters: Array.from({ length: 1000 }, () => ({})), replications: 10_000 })).toThrow(/= 10000000 runs is over the limit of 1000000/);
    expect(performance.now() - started).toBeLessThan(100);
    expect(() => sweep(run, { parameters: [{}], replication: 2 } as never)).toThrow(/Did you mean "replications"/);
  });
});
