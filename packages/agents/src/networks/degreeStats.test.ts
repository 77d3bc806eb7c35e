import { describe, expect, it } from "vitest";
import { completeGraph } from "./completeGraph.js";
import { degreeStats } from "./degreeStats.js";
import { networkFromEdges } from "./Network.js";

describe("degreeStats", () => {
  it("summarises a star: one hub of degree n−1, n−1 leaves of degree 1", () => {
    const n = 6;
    const from = Uint32Array.of(0, 0, 0, 0, 0);
    const to = Uint32Array.of(1, 2, 3, 4, 5);
    const s = degreeStats(networkFromEdges("star", n, from, to, 5));
    expect(s.mean).toBeCloseTo(10 / 6, 12);
    expect(s.variance).toBeCloseTo((25 + 5) / 6 - (10 / 6) ** 2, 12);
    expect([s.min, s.max]).toEqual([1, 5]);
    expect(Array.from(s.counts)).toEqual([0, 5, 0, 0, 0, 1]);
    expect(Array.from(s.ccdf)).toEqual([1, 1, 1 / 6, 1 / 6, 1 / 6, 1 / 6]);
  });

  it("handles a regular graph and rejects what is not a network", () => {
    expect(degreeStats(completeGraph(4)).variance).toBe(0);
    expect(() => degreeStats({ kind: "mixing" } as never)).toThrow(/must be a Network/);
  });

  it("rejects hand-built networks with BigInt, missing or decreasing offsets", () => {
    const good = completeGraph(3);
    expect(() => degreeStats({ ...good, size: 10n } as never)).toThrow(/not a valid Network/);
    expect(() => degreeStats({ ...good, offsets: undefined } as never)).toThrow(/not a valid Network/);
    expect(() => degreeStats({ ...good, offsets: [0, 2, 1, 6] } as never)).toThrow(/offsets\[2\] is 1; offsets must be non-decreasing/);
    expect(() => degreeStats({ ...good, offsets: [0, 2n, 4, 6] } as never)).toThrow(/offsets\[1\] is 2/);
  });
});
