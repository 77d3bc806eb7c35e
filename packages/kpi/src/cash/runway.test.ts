import { timeSeries } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { runway } from "./runway.js";

describe("runway", () => {
  it("is cash over burn", () => {
    expect(runway(60_000, 5_000)).toBe(12);
    expect(runway(0, 5_000)).toBe(0);
  });

  it("is Infinity (documented) when the business does not burn cash", () => {
    expect(runway(60_000, 0)).toBe(Infinity);
    expect(runway(60_000, -1_000)).toBe(Infinity);
  });

  it("rejects negative cash", () => {
    expectDpm(() => runway(-1, 5), "INVALID_ARGUMENT", "cash");
  });

  it("needs whenUndefined to put an infinite runway in a series", () => {
    const burn = timeSeries("2025-01", [5_000, 0]);
    expectDpm(() => runway(60_000, burn), "NON_FINITE", "burnRate[1]");
    const r = runway(60_000, burn, { whenUndefined: "missing" });
    expect(r.values[0]).toBe(12);
    expect(r.values[1]).toBeNaN();
  });
});
