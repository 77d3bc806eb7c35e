import { isDpmError } from "@dpm/core";
import { describe, expect, it } from "vitest";
import { randomMixing } from "./randomMixing.js";

describe("randomMixing", () => {
  it("describes a population without stored edges", () => {
    expect(randomMixing(10)).toEqual({ kind: "mixing", name: "random-mixing", size: 10 });
  });

  it("rejects a negative population with DpmError", () => {
    let caught: unknown;
    try {
      randomMixing(-3);
    } catch (e) {
      caught = e;
    }
    expect(isDpmError(caught, "INVALID_ARGUMENT")).toBe(true);
  });
});
