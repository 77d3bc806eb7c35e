// @dpm/impact bench (on the built package): causal-impact timings (bench/causal.ts); ends with ONE
// JSON line. Other families add their section to the same object.
import { benchCausal } from "./causal.ts";
import { benchMarketing } from "./marketing.ts";

// Marketing first: its mmmPeakMB is the process's peak RSS so far.
const marketing = benchMarketing();
const causal = benchCausal();
console.log(JSON.stringify({ causal, marketing }));
