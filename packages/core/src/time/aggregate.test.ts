import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { BucketAccumulator, isAggregation, type Aggregation } from "./aggregate.js";

describe("isAggregation", () => {
  it("accepts the seven aggregation names and nothing else", () => {
    for (const a of ["sum", "mean", "count", "first", "last", "min", "max"]) expect(isAggregation(a)).toBe(true);
    for (const a of ["median", "Sum", "", "avg", "total"]) expect(isAggregation(a)).toBe(false);
    for (const a of [null, undefined, 1, {}, ["sum"]]) expect(isAggregation(a)).toBe(false);
  });
});

describe("BucketAccumulator", () => {
  // Bucket 0 gets 4, -1, 7 (in that order); bucket 1 gets nothing; bucket 2 gets 2.5.
  const rows: [number, number][] = [
    [0, 4],
    [2, 2.5],
    [0, -1],
    [0, 7],
  ];
  const expected: Record<Aggregation, number[]> = {
    sum: [10, Number.NaN, 2.5],
    mean: [10 / 3, Number.NaN, 2.5],
    count: [3, 0, 1],
    first: [4, Number.NaN, 2.5],
    last: [7, Number.NaN, 2.5],
    min: [-1, Number.NaN, 2.5],
    max: [7, Number.NaN, 2.5],
  };

  for (const how of Object.keys(expected) as Aggregation[]) {
    it(`combines values per bucket with ${how}, leaving empty buckets NaN (count: 0)`, () => {
      const acc = new BucketAccumulator(how, 3);
      for (const [bucket, value] of rows) acc.add(bucket, value);
      const out = Array.from(acc.finish());
      const want = expected[how];
      expect(out).toHaveLength(3);
      for (let i = 0; i < 3; i++) {
        if (Number.isNaN(want[i])) expect(out[i]).toBeNaN();
        else expect(out[i]).toBeCloseTo(want[i] as number, 14);
      }
      expect(Array.from(acc.counts)).toEqual([3, 0, 1]);
    });
  }

  it("handles first/min/max correctly when the first value is 0 or negative", () => {
    const min = new BucketAccumulator("min", 1);
    for (const v of [0, 5, 3]) min.add(0, v);
    expect(min.finish()[0]).toBe(0);
    const max = new BucketAccumulator("max", 1);
    for (const v of [-5, -9, -7]) max.add(0, v);
    expect(max.finish()[0]).toBe(-5);
    const first = new BucketAccumulator("first", 1);
    for (const v of [0, 8]) first.add(0, v);
    expect(first.finish()[0]).toBe(0);
  });

  it("agrees with plain array reductions on random data", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: -1000, max: 1000 })), { minLength: 1, maxLength: 60 }),
        (pairs) => {
          const hows: Aggregation[] = ["sum", "mean", "count", "first", "last", "min", "max"];
          for (const how of hows) {
            const acc = new BucketAccumulator(how, 5);
            for (const [b, v] of pairs) acc.add(b, v);
            const out = acc.finish();
            for (let b = 0; b < 5; b++) {
              const vs = pairs.filter(([k]) => k === b).map(([, v]) => v);
              if (how === "count") expect(out[b]).toBe(vs.length);
              else if (vs.length === 0) expect(out[b]).toBeNaN();
              else {
                const sum = vs.reduce((s, v) => s + v, 0);
                const want = {
                  sum,
                  mean: sum / vs.length,
                  first: vs[0],
                  last: vs[vs.length - 1],
                  min: Math.min(...vs),
                  max: Math.max(...vs),
                }[how] as number;
                expect(out[b]).toBeCloseTo(want, 9);
              }
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it("returns a new array from finish, leaving the accumulator reusable", () => {
    const acc = new BucketAccumulator("sum", 2);
    acc.add(1, 3);
    const a = acc.finish();
    acc.add(1, 4);
    const b = acc.finish();
    expect(a[1]).toBe(3);
    expect(b[1]).toBe(7);
    expect(a).not.toBe(b);
  });
});
