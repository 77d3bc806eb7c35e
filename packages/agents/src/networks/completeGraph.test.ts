import { describe, expect, it } from "vitest";
import { isSimpleUndirected } from "../../test/isSimpleUndirected.js";
import { completeGraph } from "./completeGraph.js";

describe("completeGraph", () => {
  it("links every pair once: n(n−1)/2 edges, degree n−1", () => {
    for (const n of [0, 1, 2, 7, 50]) {
      const g = completeGraph(n);
      expect(g.edges === (n * (n - 1)) / 2).toBe(true);
      if (n > 0) expect(g.degree(n - 1)).toBe(n - 1);
      expect(isSimpleUndirected(g)).toBe(true);
    }
  });

  it("rejects negative and huge sizes with actionable messages", () => {
    expect(() => completeGraph(-1)).toThrow(/size must be a whole number/);
    expect(() => completeGraph(50_000)).toThrow(/use randomMixing/);
  });
});
