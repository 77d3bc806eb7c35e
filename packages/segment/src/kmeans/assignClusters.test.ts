import { describe, expect, it } from "vitest";
import { assignClusters } from "./assignClusters.js";
import { kmeans } from "./kmeans.js";

describe("assignClusters", () => {
  it("assigns training points to their own labels and new points to the nearest centroid", () => {
    const pts = [[0, 0], [0, 1], [10, 10], [10, 11]];
    const model = kmeans(pts, 2, { seed: 3 });
    expect([...assignClusters(model, pts)]).toEqual([...model.labels]);
    expect(assignClusters(model, [[9, 9]])[0]).toBe(model.labels[2]);
  });
  it("rejects a feature-count mismatch", () => {
    const model = kmeans([[0, 0], [5, 5]], 2);
    expect(() => assignClusters(model, [[1, 2, 3]])).toThrow(/features/);
  });
});
