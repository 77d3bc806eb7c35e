// @dpm/impact bench (on the built package): causal-impact timings (bench/causal.ts); ends with ONE
// JSON line. Other families add their section to the same object.
import { benchCausal } from "./causal.ts";
import { benchExperiments } from "./experiments.ts";
import { benchMarketing } from "./marketing.ts";

// Marketing first: its mmmPeakMB is the process's peak RSS so far.
const marketing = benchMarketing();
const causal = benchCausal();
// Experiments last: its peakMB (10 variants × 10 M visitors) is the whole run's peak RSS. Its three
// headline figures are also top-level keys of the JSON line.
const experiments = benchExperiments();
const { readoutSeconds, bootstrapSeconds, peakMB } = experiments;
console.log(JSON.stringify({ readoutSeconds, bootstrapSeconds, peakMB, experiments, causal, marketing }));
