// Test-only helpers for the experiments suites: the committed R reference values
// (reference/experiments/experiments.json, written by reference/experiments/experiments.R).
import { readFileSync } from "node:fs";

// The JSON is R's output; its shape is described by experiments.R.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Reference = any;

/** The parsed R reference file. */
export function loadReference(): Reference {
  return JSON.parse(readFileSync(new URL("../reference/experiments/experiments.json", import.meta.url), "utf8")) as Reference;
}

/** |actual − expected| ≤ tol·max(|expected|, floor): relative agreement, absolute near 0. */
export function relClose(actual: number, expected: number, tol = 1e-6, floor = 1e-12): boolean {
  if (actual === expected) return true;
  return Math.abs(actual - expected) <= tol * Math.max(Math.abs(expected), floor);
}
