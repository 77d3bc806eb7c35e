import { describe, expect, it } from "vitest";
import { catchDpm, readCsv } from "../../test/causalFixtures.js";
import { syntheticControl } from "./syntheticControl.js";

type BasqueColumn =
  | "regionno" | "regionname" | "year" | "gdpcap" | "sec.agriculture" | "sec.energy" | "sec.industry" | "sec.construction"
  | "sec.services.venta" | "sec.services.nonventa" | "school.illit" | "school.prim" | "school.med" | "school.high" | "school.post.high" | "popdens" | "invest";

// The specification of Abadie & Gardeazabal (2003) / ADH (2011) as in the data's README.
function basque() {
  const b = readCsv<BasqueColumn>("basque.csv");
  const num = (c: BasqueColumn, i: number) => (typeof b[c][i] === "number" ? (b[c][i] as number) : NaN);
  const names = new Map<number, string>();
  const rows = b.year.length;
  for (let i = 0; i < rows; i++) names.set(num("regionno", i), String(b.regionname[i]));
  const years = [...new Set(b.year as number[])].sort((x, y) => x - y);
  const outcomes: Record<string, number[]> = {};
  const cell = new Map<string, number>();
  for (let i = 0; i < rows; i++) {
    const r = num("regionno", i);
    if (r === 1) continue;
    const name = names.get(r)!;
    (outcomes[name] ??= []).push(num("gdpcap", i));
    cell.set(`${name}|${num("year", i)}`, i);
  }
  const mean = (name: string, from: number, to: number, f: (i: number) => number, step = 1) => {
    let s = 0;
    let n = 0;
    for (let y = from; y <= to; y += step) {
      const v = f(cell.get(`${name}|${y}`)!);
      if (Number.isFinite(v)) {
        s += v;
        n++;
      }
    }
    return s / n;
  };
  const school = (i: number, k: number) => {
    const parts = [num("school.illit", i), num("school.prim", i), num("school.med", i), num("school.high", i) + num("school.post.high", i)];
    return (100 * parts[k]!) / (parts[0]! + parts[1]! + parts[2]! + parts[3]!);
  };
  const predictors: Record<string, Record<string, number>> = {};
  const add = (key: string, f: (name: string) => number) => {
    predictors[key] = Object.fromEntries(Object.keys(outcomes).map((u) => [u, f(u)]));
  };
  ["illiterate", "primary", "medium", "high"].forEach((lab, k) => add(`school.${lab}`, (u) => mean(u, 1964, 1969, (i) => school(i, k))));
  add("invest", (u) => mean(u, 1964, 1969, (i) => num("invest", i)));
  add("gdpcap", (u) => mean(u, 1960, 1969, (i) => num("gdpcap", i)));
  for (const s of ["sec.agriculture", "sec.energy", "sec.industry", "sec.construction", "sec.services.venta", "sec.services.nonventa"] as const) {
    add(s, (u) => mean(u, 1961, 1969, (i) => num(s, i), 2));
  }
  add("popdens", (u) => mean(u, 1969, 1969, (i) => num("popdens", i)));
  return { times: years, outcomes, predictors };
}

describe("syntheticControl", () => {
  it("reproduces the synthetic Basque Country: 0.851 Cataluña + 0.149 Madrid (ADH 2011)", () => {
    const { times, outcomes, predictors } = basque();
    const res = syntheticControl({ times, outcomes }, { treated: "Basque Country (Pais Vasco)", treatmentTime: 1970, predictors, fitPeriods: [1960, 1969] });
    const w = res.weights;
    expect(Math.abs(w.Cataluna! - 0.851)).toBeLessThan(0.02);
    expect(Math.abs(w["Madrid (Comunidad De)"]! - 0.149)).toBeLessThan(0.02);
    for (const [u, v] of Object.entries(w)) if (u !== "Cataluna" && u !== "Madrid (Comunidad De)") expect(v).toBeLessThan(0.01);
    expect(Object.values(w).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
    // Terrorism cost the Basque Country about 10 % of GDP per capita in the 1980s-90s: a negative gap.
    expect(res.estimate).toBeLessThan(0);
    expect(res.placebos).toHaveLength(16);
    expect(res.toString()).toContain("Cataluna");
  });

  it("recovers an exact convex combination and an injected effect", () => {
    const times = Array.from({ length: 20 }, (_, t) => 2000 + t);
    const a = times.map((_, t) => 10 + Math.sin(t));
    const b = times.map((_, t) => 5 + 0.3 * t);
    const c = times.map((_, t) => 8 + Math.cos(t * 1.3));
    const d = times.map((_, t) => 20 - 0.2 * t);
    const treated = times.map((_, t) => 0.6 * a[t]! + 0.4 * c[t]! + (t >= 15 ? 3 : 0));
    const res = syntheticControl({ times, outcomes: { treated, a, b, c, d } }, { treated: "treated", treatmentTime: 2015 });
    expect(res.weights.a).toBeCloseTo(0.6, 6);
    expect(res.weights.c).toBeCloseTo(0.4, 6);
    expect(res.estimate).toBeCloseTo(3, 6);
    expect(res.rank).toBe(1);
    expect(Array.from(res.gaps.subarray(0, 15)).every((g) => Math.abs(g) < 1e-6)).toBe(true);
  });

  it("flags a treated unit outside the donors' range, and rejects bad input", () => {
    const times = [1, 2, 3, 4, 5];
    const outcomes = { top: [100, 101, 102, 103, 104], a: [1, 2, 3, 4, 5], b: [2, 3, 4, 5, 6] };
    const res = syntheticControl({ times, outcomes }, { treated: "top", treatmentTime: 4 });
    expect(res.trustworthy).toBe(false);
    expect(res.warnings.join(" ")).toContain("above every donor");
    expect(catchDpm(() => syntheticControl({ times, outcomes }, { treated: "top", treatmentTime: 1 })).code).toBe("NO_SOLUTION");
    expect(catchDpm(() => syntheticControl({ times, outcomes }, { treated: "top", treatmentTime: 9 })).code).toBe("NO_SOLUTION");
    expect(catchDpm(() => syntheticControl({ times, outcomes }, { treated: "nope", treatmentTime: 4 })).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => syntheticControl({ times, outcomes: { top: outcomes.top } }, { treated: "top", treatmentTime: 4 })).code).toBe("NO_SOLUTION");
    expect(catchDpm(() => syntheticControl({ times, outcomes: { ...outcomes, a: [1, NaN, 3, 4, 5] } }, { treated: "top", treatmentTime: 4 })).code).toBe("NON_FINITE");
  });
});
