import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { kpiStatus } from "./kpiStatus.js";

describe("kpiStatus", () => {
  const higher = { direction: "higher-is-better", warning: 0.6, critical: 0.5 } as const;
  const lower = { direction: "lower-is-better", warning: 5, critical: 8 } as const;

  it("is direction-aware, with values at a threshold getting the better status", () => {
    expect([0.7, 0.6, 0.55, 0.5, 0.49].map((v) => kpiStatus(higher, v))).toEqual(["on-track", "on-track", "warning", "warning", "critical"]);
    expect([3, 5, 6, 8, 9].map((v) => kpiStatus(lower, v))).toEqual(["on-track", "on-track", "warning", "warning", "critical"]);
  });

  it("reports NaN as missing", () => {
    expect(kpiStatus(higher, Number.NaN)).toBe("missing");
  });

  it("rejects a value that is not a number", () => {
    expectDpm(() => kpiStatus(higher, "0.5" as never), "INVALID_ARGUMENT", "value");
  });
});
