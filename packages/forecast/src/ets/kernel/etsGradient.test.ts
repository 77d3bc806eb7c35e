import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { series } from "../../../test/reference.js";
import { etsGradient, gradientWorkspace } from "./etsGradient.js";
import { etsLikelihood } from "./etsLikelihood.js";

const y = Float64Array.from(series("AirPassengers").values.slice(0, 60));
const m = 12;
const multRing = Float64Array.from([0.9, 0.8, 0.9, 1.05, 1.2, 1.23, 1.1, 0.98, 0.98, 1.01, 0.88, 0.97]);
const addRing = multRing.map((v) => (v - 1) * 60);

describe("etsGradient", () => {
  it("equals central differences of etsLikelihood for every model class and criterion (property)", () => {
    const ws = gradientWorkspace(y.length, m);
    fc.assert(
      fc.property(
        fc.constantFrom(1, 2),
        fc.constantFrom(0, 1, 2),
        fc.constantFrom(0, 1, 2),
        fc.constantFrom(0, 1),
        fc.double({ min: 0.05, max: 0.9, noNaN: true }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        fc.double({ min: 0.01, max: 0.5, noNaN: true }),
        fc.double({ min: 0.8, max: 1, noNaN: true }),
        (e, t, s, crit, alpha, betaFrac, gamma, phi) => {
          const ring = s === 2 ? multRing : addRing;
          const p = [alpha, alpha * betaFrac, gamma, phi, 110, t === 2 ? 1.01 : 1.5];
          const f = (q: number[], r: Float64Array) =>
            etsLikelihood(y, e, t, s, q[0] as number, q[1] as number, q[2] as number, q[3] as number, q[4] as number, q[5] as number, Float64Array.from(r), m, crit);
          const v = etsGradient(y, e, t, s, p[0] as number, p[1] as number, p[2] as number, p[3] as number, p[4] as number, p[5] as number, ring, m, crit, ws);
          expect(v).toBeCloseTo(f(p, ring), 8);
          const check = (an: number, up: number, dn: number, h: number) => {
            const fd = (up - dn) / (2 * h);
            expect(Math.abs(an - fd)).toBeLessThan(1e-4 * Math.max(1, Math.abs(fd)));
          };
          for (let i = 0; i < 6; i++) {
            if ((i === 1 || i === 3 || i === 5) && t === 0) continue;
            if (i === 2 && s === 0) continue;
            const h = 1e-6 * Math.max(1, Math.abs(p[i] as number));
            const up = [...p];
            const dn = [...p];
            up[i] = (up[i] as number) + h;
            dn[i] = (dn[i] as number) - h;
            check(ws.grad[i] as number, f(up, ring), f(dn, ring), h);
          }
          if (s !== 0) {
            for (const i of [0, 5, 11]) {
              const h = 1e-6 * Math.max(1, Math.abs(ring[i] as number));
              const up = Float64Array.from(ring);
              const dn = Float64Array.from(ring);
              up[i] = (up[i] as number) + h;
              dn[i] = (dn[i] as number) - h;
              check(ws.ringBar[i] as number, f(p, up), f(p, dn), h);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
