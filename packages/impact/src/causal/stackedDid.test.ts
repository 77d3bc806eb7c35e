import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/causalFixtures.js";
import { stackedDid } from "./stackedDid.js";
import { twfeDid } from "./twfeDid.js";

// Staggered adoption with effects that grow over time: the textbook case where TWFE is biased
// (already-treated units act as controls) and stacking with clean controls is not.
function staggered(seed: number) {
  const unit: number[] = [];
  const time: number[] = [];
  const outcome: number[] = [];
  const treated: number[] = [];
  let s = seed;
  const noise = () => ((s = (s * 16807) % 2147483647) / 2147483647 - 0.5) * 0.1;
  for (let u = 0; u < 40; u++) {
    const start = u < 15 ? 5 : u < 30 ? 12 : 0;
    for (let t = 1; t <= 16; t++) {
      const on = start > 0 && t >= start ? 1 : 0;
      unit.push(u); time.push(t); treated.push(on);
      outcome.push(u * 0.2 + t * 0.3 + (on ? 1 + 0.5 * (t - start) : 0) + noise());
    }
  }
  return { unit, time, outcome, treated };
}

describe("stackedDid", () => {
  it("recovers the average effect over the window where TWFE is biased", () => {
    const panel = staggered(7);
    // With lags 0…3 the true average effect on the treated in the window is 1 + 0.5·1.5 = 1.75.
    const st = stackedDid(panel, { leads: 3, lags: 3 });
    expect(Math.abs(st.estimate - 1.75)).toBeLessThan(0.05);
    expect(st.cohorts.map((c) => c.cohort)).toEqual([5, 12]);
    for (const c of st.cohorts) expect(Math.abs(c.estimate - 1.75)).toBeLessThan(0.05);
    const tw = twfeDid(panel);
    expect(tw.warnings.join(" ")).toContain("stackedDid");
    expect(tw.trustworthy).toBe(false);
    expect(st.toString()).toContain("cohort 5");
  });

  it("uses not-yet-treated controls when asked, and fails without clean controls", () => {
    const panel = staggered(3);
    const noNever = { ...panel };
    const keep = panel.unit.map((u, i) => (u < 30 ? i : -1)).filter((i) => i >= 0);
    const sub = { unit: keep.map((i) => noNever.unit[i]!), time: keep.map((i) => noNever.time[i]!), outcome: keep.map((i) => noNever.outcome[i]!), treated: keep.map((i) => noNever.treated[i]!) };
    expect(catchDpm(() => stackedDid(sub, { leads: 2, lags: 2 })).code).toBe("NO_SOLUTION");
    const res = stackedDid(sub, { leads: 2, lags: 2, controls: "notYet" });
    expect(res.cohorts.map((c) => c.cohort)).toEqual([5]);
    expect(Math.abs(res.estimate - 1.5)).toBeLessThan(0.05);
  });
});
