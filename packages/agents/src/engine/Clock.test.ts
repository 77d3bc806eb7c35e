import { formatPeriod, isDpmError, parsePeriod } from "@dpm/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createClock } from "./Clock.js";

describe("createClock", () => {
  it("starts at step 0 on the start period and advances one period per tick", () => {
    const clock = createClock("2026-Q4");
    expect(clock.step).toBe(0);
    expect(clock.label).toBe("2026-Q4");
    clock.tick();
    expect(clock.label).toBe("2027-Q1");
    expect(clock.step).toBe(1);
    expect(formatPeriod(clock.start)).toBe("2026-Q4");
  });

  it("accepts a Date with a frequency", () => {
    expect(createClock(new Date(Date.UTC(2026, 2, 14)), "month").label).toBe("2026-03");
  });

  it("lands on start + n after n ticks (property)", () => {
    fc.assert(
      fc.property(fc.nat(500), (n) => {
        const clock = createClock("2026-01");
        for (let i = 0; i < n; i++) clock.tick();
        expect(clock.period.ordinal).toBe(parsePeriod("2026-01").ordinal + n);
      }),
    );
  });

  it("rejects an unreadable start with DpmError", () => {
    let caught: unknown;
    try {
      createClock("next Tuesday");
    } catch (e) {
      caught = e;
    }
    expect(isDpmError(caught)).toBe(true);
  });
});
