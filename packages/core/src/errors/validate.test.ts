import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { assertFinite, assertInteger, describeValue, toFiniteArray } from "./validate.js";
import { catchDpm } from "../../test/catchDpm.js";

describe("describeValue", () => {
  it("describes numbers, including NaN and infinities", () => {
    expect(describeValue(3.5)).toBe("3.5");
    expect(describeValue(Number.NaN)).toBe("NaN");
    expect(describeValue(Infinity)).toBe("Infinity");
    expect(describeValue(-Infinity)).toBe("-Infinity");
  });

  it("quotes short strings and cuts long ones to 40 characters", () => {
    expect(describeValue("abc")).toBe('"abc"');
    const long = "x".repeat(100);
    const described = describeValue(long);
    expect(described).toBe(`"${"x".repeat(37)}..."`);
    expect(JSON.parse(described)).toHaveLength(40);
    expect(describeValue("y".repeat(40))).toBe(`"${"y".repeat(40)}"`);
  });

  it("names null, arrays, typed arrays, objects and other types without dumping them", () => {
    expect(describeValue(null)).toBe("null");
    expect(describeValue([1, 2, 3])).toBe("an array of length 3");
    expect(describeValue(new Float64Array(4))).toBe("a Float64Array");
    expect(describeValue(new Int32Array(1))).toBe("a Int32Array");
    expect(describeValue({ a: 1 })).toBe("an object");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue(true)).toBe("boolean");
    expect(describeValue(() => 1)).toBe("function");
    expect(describeValue(10n)).toBe("bigint");
  });
});

describe("assertFinite", () => {
  it("accepts every finite number", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(() => assertFinite(x, "churnRate", "cltv")).not.toThrow();
      }),
    );
  });

  it("rejects NaN and ±Infinity with NON_FINITE, naming the function and argument", () => {
    for (const bad of [Number.NaN, Infinity, -Infinity]) {
      const error = catchDpm(() => assertFinite(bad, "churnRate", "cltv"));
      expect(error.code).toBe("NON_FINITE");
      expect(error.path).toBe("churnRate");
      expect(error.message).toContain("cltv");
      expect(error.message).toContain("churnRate");
      expect(error.message).toContain(Number.isNaN(bad) ? "NaN" : String(bad));
      expect(Object.is(error.details?.["value"], bad)).toBe(true);
    }
  });

  it("rejects non-numbers with INVALID_ARGUMENT, naming the function and argument", () => {
    for (const bad of ["0.05", null, undefined, {}, [0.05], 5n]) {
      const error = catchDpm(() => assertFinite(bad, "churnRate", "cltv"));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.path).toBe("churnRate");
      expect(error.message).toMatch(/^cltv: churnRate must be a number/);
    }
    expect(catchDpm(() => assertFinite("0.05", "churnRate", "cltv")).message).toBe(
      'cltv: churnRate must be a number, got "0.05".',
    );
  });
});

describe("assertInteger", () => {
  it("accepts integers within the default range [0, MAX_SAFE_INTEGER]", () => {
    for (const ok of [0, 1, 12, Number.MAX_SAFE_INTEGER]) expect(() => assertInteger(ok, "horizon", "forecast")).not.toThrow();
  });

  it("accepts exactly the integers in [min, max]", () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -20, max: 0 }), fc.integer({ min: 0, max: 20 }), (x, min, max) => {
        const inside = x >= min && x <= max;
        if (inside) expect(() => assertInteger(x, "k", "fn", min, max)).not.toThrow();
        else expect(catchDpm(() => assertInteger(x, "k", "fn", min, max)).code).toBe("INVALID_ARGUMENT");
      }),
    );
  });

  it("rejects fractions, non-finite values and non-numbers with INVALID_ARGUMENT", () => {
    for (const bad of [1.5, -0.5, Number.NaN, Infinity, -Infinity, "3", null, undefined, {}]) {
      const error = catchDpm(() => assertInteger(bad, "horizon", "forecast", 1));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.path).toBe("horizon");
    }
  });

  it("names the function, the argument and the allowed range in its message", () => {
    expect(catchDpm(() => assertInteger(0, "horizon", "forecast", 1)).message).toBe(
      "forecast: horizon must be an integer ≥ 1, got 0.",
    );
    expect(catchDpm(() => assertInteger(11, "order", "arima", 0, 10)).message).toBe(
      "arima: order must be an integer between 0 and 10, got 11.",
    );
    expect(catchDpm(() => assertInteger(2.5, "lag", "diffSeries", 1)).details).toEqual({ value: 2.5 });
  });
});

describe("toFiniteArray", () => {
  it("copies an array into a fresh Float64Array with the same values", () => {
    fc.assert(
      fc.property(fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { minLength: 1 }), (xs) => {
        const out = toFiniteArray(xs, "sales", "forecast");
        expect(out).toBeInstanceOf(Float64Array);
        expect(Array.from(out)).toEqual(xs); // every double survives, -0 included
      }),
    );
  });

  it("never aliases its input, for arrays or typed arrays", () => {
    const input = [1, 2, 3];
    const out = toFiniteArray(input, "sales", "forecast");
    input[0] = 99;
    expect(out[0]).toBe(1);

    const typed = new Float64Array([4, 5]);
    const out2 = toFiniteArray(typed, "sales", "forecast");
    expect(out2).not.toBe(typed);
    expect(out2.buffer).not.toBe(typed.buffer);
    typed[1] = 99;
    expect(out2[1]).toBe(5);
  });

  it("accepts typed arrays of other element types", () => {
    expect(Array.from(toFiniteArray(new Int16Array([-3, 7]), "x", "fn"))).toEqual([-3, 7]);
    expect(Array.from(toFiniteArray(new Float32Array([0.5, 0.25]), "x", "fn"))).toEqual([0.5, 0.25]);
  });

  it("rejects non-arrays (including DataView and array-like objects) with INVALID_ARGUMENT", () => {
    for (const bad of [null, undefined, 3, "123", { length: 1, 0: 1 }, new DataView(new ArrayBuffer(8))]) {
      const error = catchDpm(() => toFiniteArray(bad, "sales", "forecast"));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.path).toBe("sales");
      expect(error.message).toMatch(/^forecast: sales must be an array of numbers/);
    }
  });

  it("rejects an empty array with EMPTY, unless minLength is 0", () => {
    const error = catchDpm(() => toFiniteArray([], "sales", "forecast"));
    expect(error.code).toBe("EMPTY");
    expect(error.path).toBe("sales");
    expect(error.message).toContain("forecast");
    expect(error.message).toContain("sales");
    expect(toFiniteArray([], "sales", "forecast", { minLength: 0 })).toHaveLength(0);
  });

  it("rejects arrays shorter than minLength with TOO_SHORT and the lengths in details", () => {
    const error = catchDpm(() => toFiniteArray([1, 2], "sales", "forecast", { minLength: 3 }));
    expect(error.code).toBe("TOO_SHORT");
    expect(error.message).toBe("forecast: sales has 2 value(s); at least 3 are needed.");
    expect(error.details).toEqual({ length: 2, minLength: 3 });
    expect(toFiniteArray([1, 2, 3], "sales", "forecast", { minLength: 3 })).toHaveLength(3);
  });

  it("rejects the first non-finite element with NON_FINITE and its index in the path", () => {
    const error = catchDpm(() => toFiniteArray([1, 2, Number.NaN, Infinity], "sales", "forecast"));
    expect(error.code).toBe("NON_FINITE");
    expect(error.path).toBe("sales[2]");
    expect(error.message).toContain("forecast");
    expect(error.message).toContain("sales[2]");
    expect(error.message).toContain("NaN");
    expect(error.details?.["index"]).toBe(2);

    const inf = catchDpm(() => toFiniteArray(new Float64Array([0, -Infinity]), "sales", "forecast"));
    expect(inf.path).toBe("sales[1]");
    expect(inf.message).toContain("-Infinity");
  });

  it("rejects non-number elements with INVALID_ARGUMENT and their index", () => {
    const error = catchDpm(() => toFiniteArray([1, "2", 3], "sales", "forecast"));
    expect(error.code).toBe("INVALID_ARGUMENT");
    expect(error.path).toBe("sales[1]");
    expect(error.message).toBe('forecast: sales[1] must be a number, got "2".');
    expect(catchDpm(() => toFiniteArray([null], "x", "fn")).path).toBe("x[0]");
  });

  it("lets NaN through as missing with allowNaN, but still rejects infinities", () => {
    const out = toFiniteArray([1, Number.NaN, 3], "sales", "forecast", { allowNaN: true });
    expect(Number.isNaN(out[1])).toBe(true);
    expect(out[2]).toBe(3);
    const error = catchDpm(() => toFiniteArray([1, Number.NaN, Infinity], "sales", "forecast", { allowNaN: true }));
    expect(error.code).toBe("NON_FINITE");
    expect(error.path).toBe("sales[2]");
    expect(error.message).toContain("or NaN (missing)");
  });
});
