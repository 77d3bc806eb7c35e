import { describe, expect, it } from "vitest";
import { logFactorial, logGamma } from "./logGamma.js";

describe("logGamma", () => {
  it("matches R's lgamma across the Lanczos/Stirling switch", () => {
    // R 4.2.2: lgamma(c(0.1, 0.5, 3.7, 14.9, 15.1, 250.5, 1e5))
    const x = [0.1, 0.5, 3.7, 14.9, 15.1, 250.5, 1e5];
    const r = [2.252712651734206, 0.57236494292470008, 1.4280723266653881, 24.924132002217277, 25.458999750992664, 1131.2840013322552, 1051287.7089736569];
    x.forEach((v, i) => expect(Math.abs(logGamma(v) - (r[i] as number))).toBeLessThan(2e-15 * Math.max(1, Math.abs(r[i] as number))));
    expect(logGamma(1)).toBe(0);
    expect(logGamma(2)).toBe(0);
  });

  it("logFactorial(k) = ln k!", () => {
    expect(logFactorial(0)).toBe(0);
    expect(logFactorial(10)).toBeCloseTo(Math.log(3_628_800), 12);
    expect(logFactorial(200)).toBeCloseTo(logGamma(201), 9);
  });
});
