import { createRng, isDpmError } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { randomOrder } from "./randomOrder.js";

describe("randomOrder", () => {
  it("is a permutation of 0 … n−1 (property)", () => {
    fc.assert(
      fc.property(fc.nat(200), fc.integer(), (n, seed) => {
        const order = Array.from(randomOrder(n, createRng(seed)));
        expect(order.sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
      }),
    );
  });

  it("is reproducible for a seed and reuses the given buffer", () => {
    const buffer = new Uint32Array(10);
    const a = randomOrder(8, createRng(5), buffer);
    expect(a.buffer).toBe(buffer.buffer);
    expect(Array.from(a)).toEqual(Array.from(randomOrder(8, createRng(5))));
  });

  it("puts each agent in each position with probability 1/n", () => {
    // Position of agent 0 is uniform on 0..n−1: mean (n−1)/2, variance (n²−1)/12; check the mean
    // over R shuffles within 5 standard errors.
    const n = 10;
    const R = 20_000;
    const rng = createRng(11);
    const buffer = new Uint32Array(n);
    let sum = 0;
    for (let r = 0; r < R; r++) sum += randomOrder(n, rng, buffer).indexOf(0);
    const se = Math.sqrt((n * n - 1) / 12 / R);
    expect(Math.abs(sum / R - (n - 1) / 2)).toBeLessThan(5 * se);
  });

  it("rejects a negative n or short buffer with DpmError", () => {
    expect(() => randomOrder(-1, createRng(1))).toThrow(/n must be a whole number/);
    let caught: unknown;
    try {
      randomOrder(5, createRng(1), new Uint32Array(3));
    } catch (e) {
      caught = e;
    }
    expect(isDpmError(caught, "INVALID_ARGUMENT")).toBe(true);
  });
});
