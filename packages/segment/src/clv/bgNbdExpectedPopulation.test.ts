import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { bgNbdExpectedPopulation } from "./bgNbdExpectedPopulation.js";

const ref = JSON.parse(readFileSync(new URL("../../../../../shared/reference/segment/cdnow_published.json", import.meta.url), "utf8"));

describe("bgNbdExpectedPopulation", () => {
  it("reproduces the published E[X(t)] values to 3 decimals", () => {
    const p = ref.bgnbd.lifetimes_docs_full_precision;
    ref.bgnbd.expected_X_t.t.forEach((t: number, i: number) => {
      expect(Math.abs(bgNbdExpectedPopulation(p, t) - ref.bgnbd.expected_X_t.value[i])).toBeLessThan(5e-4);
    });
  });
  it("is 0 at t = 0 and rejects negative t", () => {
    expect(bgNbdExpectedPopulation({ r: 1, alpha: 2, a: 0.5, b: 2 }, 0)).toBeCloseTo(0, 14);
    expect(() => bgNbdExpectedPopulation({ r: 1, alpha: 2, a: 0.5, b: 2 }, -1)).toThrow(/t must be/);
  });
});
