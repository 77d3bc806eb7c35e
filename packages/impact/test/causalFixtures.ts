// Shared helpers for the causal tests: the R reference extracts and a DpmError catcher.
import { readFileSync } from "node:fs";
import { isDpmError } from "@dpm/core";

/** Reads a reference CSV into columns (numbers where the cell parses as one). */
export function readCsv<K extends string>(name: string): Record<K, (string | number)[]> {
  const text = readFileSync(new URL(`../reference/causal/${name}`, import.meta.url), "utf8").trim().split("\n");
  const header = text[0]!.split(",").map((h) => h.replace(/"/g, ""));
  const cols: Record<string, (string | number)[]> = Object.fromEntries(header.map((h) => [h, []]));
  for (const line of text.slice(1)) {
    line.split(",").forEach((cell, j) => {
      const s = cell.replace(/"/g, "");
      const v = Number(s);
      cols[header[j]!]!.push(s !== "" && Number.isFinite(v) ? v : s);
    });
  }
  return cols as Record<K, (string | number)[]>;
}

/** Runs `fn`, which must throw a DpmError, and returns it. */
export function catchDpm(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (isDpmError(e)) return e;
    throw e;
  }
  throw new Error("expected a DpmError");
}


/** The R reference numbers (reference/causal/causal.json). */
export function readReference<T>(): T {
  return JSON.parse(readFileSync(new URL("../reference/causal/causal.json", import.meta.url), "utf8")) as T;
}

/** Columns of reference/causal/produc.csv. */
export type ProducColumn = "unit" | "time" | "outcome" | "treated" | "single" | "lemp" | "unemp" | "cohort";
