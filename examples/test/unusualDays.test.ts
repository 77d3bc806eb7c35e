import { describe, expect, it } from "vitest";
import { loadData } from "../src/demo/loadData.js";
import { forecastStep } from "../src/demo/steps/forecast.js";

describe("the demo's unusual days", () => {
  it("finds the Christmas rush the data generator planted (Dec 18–24, +30 %) and little else", () => {
    const step = forecastStep(loadData({}, process.cwd()));
    const flagged = new Map(step.unusualDays.map((d) => [d.day, d]));
    // examples/data/generate.ts multiplies sales by 1.3 on 18–24 December of both years
    const rush = [2024, 2025].flatMap((y) => Array.from({ length: 7 }, (_, i) => `${y}-12-${String(18 + i)}`));
    for (const day of rush) {
      expect(flagged.has(day), day).toBe(true);
      expect(flagged.get(day)!.revenue).toBeGreaterThan(flagged.get(day)!.expected);
    }
    expect(step.unusualDays.length).toBeLessThanOrEqual(rush.length + 4);
    expect(step.weeklyStrength).toBeGreaterThan(0.6); // the generator's weekday pattern
  });
});
