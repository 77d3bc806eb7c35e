import { describe, expect, it } from "vitest";
import { expectDpm } from "../../test/helpers.js";
import { littlesLaw } from "./littlesLaw.js";

describe("littlesLaw", () => {
  it("solves for the missing quantity", () => {
    expect(littlesLaw({ arrivalRate: 40, time: 0.2 })).toEqual({ number: 8, arrivalRate: 40, time: 0.2 });
    expect(littlesLaw({ number: 8, time: 0.2 }).arrivalRate).toBeCloseTo(40, 12);
    expect(littlesLaw({ number: 8, arrivalRate: 40 }).time).toBeCloseTo(0.2, 12);
  });
  it("needs exactly two known values", () => {
    expectDpm(() => littlesLaw({ number: 1 }), "INVALID_ARGUMENT");
    expectDpm(() => littlesLaw({ number: 1, time: 1, arrivalRate: 1 }), "INVALID_ARGUMENT");
    expectDpm(() => littlesLaw({ number: 1, rate: 2 } as never), "INVALID_ARGUMENT");
    expectDpm(() => littlesLaw({ number: 1, time: 0 }), "INVALID_ARGUMENT", "time");
  });
});
