import { readFileSync } from "node:fs";
import { isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { bgNbdExpectedTransactions } from "./bgNbdExpectedTransactions.js";

const ref = JSON.parse(readFileSync(new URL("../../../../../shared/reference/segment/cdnow_published.json", import.meta.url), "utf8"));
const p = ref.bgnbd.lifetimes_docs_full_precision;

describe("bgNbdExpectedTransactions", () => {
  it("reproduces the published conditional expectation to 3 decimals", () => {
    const { x, t_x, T, t } = ref.bgnbd.conditional_expectation_example.inputs;
    expect(Math.abs(bgNbdExpectedTransactions(p, x, t_x, T, t) - ref.bgnbd.conditional_expectation_example.value)).toBeLessThan(5e-4);
  });
  it("reproduces the top-5 next-week predictions", () => {
    const top = ref.bgnbd.top5_predicted_purchases_next_week_t1;
    top.inputs_x_tx_T.forEach(([x, tx, T]: number[], i: number) => {
      expect(Math.abs(bgNbdExpectedTransactions(p, x!, tx!, T!, 1) - top.value[i])).toBeLessThan(1e-3);
    });
  });
  it("is 0 at t = 0 and increasing in t", () => {
    expect(bgNbdExpectedTransactions(p, 3, 20, 30, 0)).toBeCloseTo(0, 14);
    expect(bgNbdExpectedTransactions(p, 3, 20, 30, 10)).toBeLessThan(bgNbdExpectedTransactions(p, 3, 20, 30, 20));
  });
  it("throws NOT_CONVERGED when the 2F1 series cannot converge", () => {
    try {
      bgNbdExpectedTransactions(p, 3, 20, 30, 1e12);
      expect.unreachable();
    } catch (e) {
      expect(isDpmError(e, "NOT_CONVERGED")).toBe(true);
    }
    expect(() => bgNbdExpectedTransactions(p, 3, 20, 30, -1)).toThrow(/t must be/);
  });
});
