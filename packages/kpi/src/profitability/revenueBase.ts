import { DpmError } from "@dpm/core";
import { describe, finite, undefinedKpi } from "../internal/checks.js";

/** @internal Revenue as the denominator of a margin: finite, > 0 (0 is an undefined KPI). */
export function revenueBase(revenue: number, fn: string, what: string): number {
  finite(revenue, "revenue", fn);
  if (revenue === 0) throw undefinedKpi(fn, "revenue", `revenue is 0, so ${what} is undefined.`);
  if (revenue < 0) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: revenue must be > 0, got ${describe(revenue)}; net refunds into the sales they reverse.`, {
      path: "revenue",
      details: { value: revenue },
    });
  }
  return revenue;
}
