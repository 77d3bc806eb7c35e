// @dpm/impact bench (on the built package): causal-impact timings (bench/causal.ts); ends with ONE
// JSON line. Other families add their section to the same object.
import { benchCausal } from "./causal.ts";

const causal = benchCausal();
console.log(JSON.stringify({ causal }));
