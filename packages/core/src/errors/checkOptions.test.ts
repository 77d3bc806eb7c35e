import { describe, expect, it } from "vitest";
import { checkOptions } from "./checkOptions.js";
import { catchDpm } from "../../test/catchDpm.ts";

describe("checkOptions", () => {
  const known = ["horizon", "levels", "method"] as const;

  it("returns the caller's object itself, and {} for undefined", () => {
    const options = { horizon: 12 };
    expect(checkOptions(options, known, "f")).toBe(options);
    expect(checkOptions(undefined, known, "f")).toEqual({});
  });

  it("rejects null, numbers and arrays, suggesting the literal to write", () => {
    for (const bad of [null, 12, [12], "12"]) {
      const error = catchDpm(() => checkOptions(bad as never, known, "autoForecast", "{ horizon: 12 }"));
      expect(error.code).toBe("INVALID_ARGUMENT");
      expect(error.message).toContain("autoForecast: options must be an object such as { horizon: 12 }");
    }
  });

  it("rejects unknown keys with a did-you-mean hint for typos and prefixes", () => {
    expect(catchDpm(() => checkOptions({ horizn: 12 } as never, known, "f")).message).toContain('unknown option "horizn". Did you mean "horizon"?');
    expect(catchDpm(() => checkOptions({ h: 12 } as never, known, "f")).message).toContain('Did you mean "horizon"?');
    const far = catchDpm(() => checkOptions({ zzzzzz: 1 } as never, known, "f"));
    expect(far.message).toContain("Known options: horizon, levels, method.");
    expect(far.path).toBe("options.zzzzzz");
  });

  it("rejects inherited-looking keys such as __proto__ given as own keys", () => {
    const hostile = JSON.parse('{"__proto__": {"polluted": true}}') as object;
    expect(catchDpm(() => checkOptions(hostile, known, "f")).code).toBe("INVALID_ARGUMENT");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("checkOptions given a bad key list", () => {
  it("throws INVALID_ARGUMENT instead of a TypeError", () => {
    for (const bad of [undefined, null, "horizon", [1], [undefined]]) {
      expect(catchDpm(() => checkOptions({}, bad as never, "f")).code).toBe("INVALID_ARGUMENT");
    }
  });
});
