import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { erlangC } from "./erlangC.js";
import { mg1 } from "./mg1.js";

describe("mg1", () => {
  it("is M/M/1 with exponential service (sd = mean) and half of it with deterministic service", () => {
    const mm1 = erlangC(0.8, { servers: 1, serviceTime: 1 }).meanWait;
    expect(mg1(0.8, { serviceTime: 1, serviceSd: 1 }).meanWait).toBeCloseTo(mm1, 12);
    expect(mg1(0.8, { serviceTime: 1, serviceSd: 0 }).meanWait).toBeCloseTo(mm1 / 2, 12);
    const m = mg1(0.8, { serviceTime: 1, serviceSd: 0.5 });
    expect(m.meanInSystem).toBeCloseTo(0.8 * m.meanSojourn, 12);
  });
  it("rejects ρ ≥ 1 saying by how much", () => {
    const e = expectDpm(() => mg1(1.25, { serviceTime: 1, serviceSd: 0 }), "INVALID_ARGUMENT");
    expect(e.message).toContain("25.0 % over capacity");
    expectDpm(() => mg1(0.5, { serviceTime: 1 } as never), "INVALID_ARGUMENT", "options.serviceSd");
  });
});
