import { describe, expect, it } from "vitest";
import { isDpmError } from "@dpm/core";
import { classifyDemand } from "./classifyDemand.js";

describe("classifyDemand", () => {
  it("computes ADI and CV² and the four classes with the 1.32 / 0.49 cut-offs", () => {
    // sizes 3, 5, 2, 4: mean 3.5, sample variance 5/3 → CV² = (5/3) / 12.25
    const c = classifyDemand([0, 0, 3, 0, 0, 0, 5, 0, 2, 0, 0, 4]);
    expect(c.adi).toBe(3);
    expect(c.cv2).toBeCloseTo(5 / 3 / 12.25, 12);
    expect(c.zeroShare).toBeCloseTo(8 / 12, 12);
    expect(c.kind).toBe("intermittent");
    expect(classifyDemand([5, 6, 4, 5, 7, 5]).kind).toBe("smooth");
    expect(classifyDemand([1, 30, 2, 50, 1, 40]).kind).toBe("erratic");
    expect(classifyDemand([0, 1, 0, 0, 40, 0, 0, 2, 0, 60]).kind).toBe("lumpy");
    expect(classifyDemand([0, 1, 0, 0, 40, 0], { adiCutoff: 5 }).kind).toBe("erratic");
  });

  it("rejects all-zero and negative series", () => {
    for (const y of [[0, 0, 0], [1, -2, 0]]) {
      try {
        classifyDemand(y);
        expect.unreachable();
      } catch (e) {
        expect(isDpmError(e) && e.code).toBe("INVALID_ARGUMENT");
      }
    }
  });
});
