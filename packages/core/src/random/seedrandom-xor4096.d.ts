// Types for the single-algorithm entry of seedrandom that @dpm/core imports.
declare module "seedrandom/lib/xor4096.js" {
  import type { PRNG } from "seedrandom";
  const xor4096: (seed?: string) => PRNG;
  export default xor4096;
}
