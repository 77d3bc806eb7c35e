import { describeFuzz } from "../../../scripts/fuzzExports.ts";

// Every export is called with one argument corrupted at a time (see scripts/fuzzExports.ts).
describeFuzz(import.meta.url, {
  package: "@dpm/segment",
  // In these seed calls the trailing object is data, not options (a BG/NBD data set, a holdout
  // summary, a segment assignment): extra keys on data are allowed. Their options objects, when
  // passed, are checked with checkOptions (see each function's test).
  openObjects: ["bgNbdLogLikelihood", "bgNbdProbabilityAliveBatch", "evaluateHoldout", "migrationMatrix"],
});
