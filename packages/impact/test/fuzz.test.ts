import { describeFuzz } from "../../../scripts/fuzzExports.ts";

// Every export is called with one argument corrupted at a time (see scripts/fuzzExports.ts).
describeFuzz(import.meta.url, {
  package: "@dpm/impact",
  // Two-group tests called as fn(control, treatment): the trailing object of their examples is the
  // treatment group ({ n, conversions }, { values, covariate }, { mean, variance } …), data rather
  // than options, so extra keys are allowed there; their options objects use checkOptions (unit tests).
  openObjects: ["proportionTest", "fisherExactTest", "bayesProportions", "bayesMeans", "cupedTest", "ratioMetricTest", "relativeLiftInterval"],
});
