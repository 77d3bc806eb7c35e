import { describe, expect, it } from "vitest";
import { catchDpm } from "../../test/reference.js";
import { etsModelName, parseEtsModel } from "./EtsSpec.js";

describe("parseEtsModel", () => {
  it("reads R's three-letter codes, a damped d and the printed form", () => {
    expect(parseEtsModel("ZZZ", undefined, "f")).toEqual({ error: "Z", trend: "Z", season: "Z", damped: null });
    expect(parseEtsModel("MAdM", undefined, "f")).toEqual({ error: "M", trend: "A", season: "M", damped: true });
    expect(parseEtsModel("ETS(A, N, N)", undefined, "f")).toEqual({ error: "A", trend: "N", season: "N", damped: false });
    // As R: a trend without d tries both, unless damped says which
    expect(parseEtsModel("AAN", undefined, "f").damped).toBeNull();
    expect(parseEtsModel("AAN", false, "f").damped).toBe(false);
  });

  it("rejects malformed models", () => {
    expect(catchDpm(() => parseEtsModel("AdNN", undefined, "f")).code).toBe("INVALID_ARGUMENT");
    expect(catchDpm(() => parseEtsModel("ANdN", undefined, "f")).message).toMatch(/damped trend needs a trend/);
    expect(catchDpm(() => parseEtsModel(3, undefined, "f")).path).toBe("options.model");
  });
});

describe("etsModelName", () => {
  it("prints R's form", () => {
    expect(etsModelName({ error: "A", trend: "N", damped: false, season: "N" })).toBe("ETS(A,N,N)");
    expect(etsModelName({ error: "M", trend: "M", damped: true, season: "A" })).toBe("ETS(M,Md,A)");
  });
});
