import { describeFuzz } from "../../../scripts/fuzzExports.ts";

// Every export is called with one argument corrupted at a time (see scripts/fuzzExports.ts).
describeFuzz(import.meta.url, {
  package: "@dpm/core",
  // regularizedBeta/regularizedGamma with a shape of 1e308 run their full (capped) series: about
  // 0.8 s idle, over 1.5 s on a loaded 2-core CI machine. Open in #20: an asymptotic branch.
  budgetMs: 3000,
  // Being written by other helpers this session; their findings are in /tmp/dpm-contracts/fuzz.md.
  // Remove an entry once the function is clean under the fuzzer.
  skip: {
    readCsv: "core/io, in progress (H8)",
    seriesFromColumns: "core/io, in progress (H8)",
    transactionsFromColumns: "core/io, in progress (H8)",
    seriesByIdFromColumns: "core/io, in progress (H8)",
  },
  openObjects: ["periodDiff", "comparePeriods", "periodEquals"],
  allowNaN: {
    checkOptions: "returns the options object it was given: only its keys are checked, NaN values are the caller's",
  },
  allowNonFinite: {
    logGamma: "log Γ(x) overflows to Infinity for x ≳ 2.5e305 and at Infinity (the correctly rounded value)",
    logFactorial: "log n! overflows to Infinity for huge n (the correctly rounded value)",
    normalQuantile: "the quantile at p = 0 is -Infinity and at p = 1 Infinity (documented)",
    studentTQuantile: "the quantile at p = 0 is -Infinity and at p = 1 Infinity (documented)",
  },
});
