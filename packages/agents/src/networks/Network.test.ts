import { describe, expect, it } from "vitest";
import { networkFromEdges } from "./Network.js";

describe("networkFromEdges", () => {
  it("stores neighbours in sorted CSR rows and answers queries without allocating", () => {
    const g = networkFromEdges("t", 4, Uint32Array.of(0, 0, 2), Uint32Array.of(3, 1, 1), 3);
    expect(Array.from(g.offsets)).toEqual([0, 2, 4, 5, 6]);
    expect(Array.from(g.targets)).toEqual([1, 3, 0, 2, 1, 0]);
    expect(g.degree(1)).toBe(2);
    expect(g.neighbour(1, 1)).toBe(2);
    expect(g.edges).toBe(3);
    expect(g.meanDegree).toBe(1.5);
    expect(g.randomNeighbour(0, 0.99)).toBe(3);
    expect(g.randomNeighbour(0, 0)).toBe(1);
    expect(() => g.neighbour(2, 1)).toThrow(/out of range/);
  });

  it("returns −1 as the random neighbour of an isolated agent", () => {
    const g = networkFromEdges("t", 3, Uint32Array.of(0), Uint32Array.of(1), 1);
    expect(g.randomNeighbour(2, 0.5)).toBe(-1);
  });
});
