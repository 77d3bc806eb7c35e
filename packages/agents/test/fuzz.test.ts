import { describeFuzz } from "../../../scripts/fuzzExports.ts";

// Every export is called with one argument corrupted at a time (see scripts/fuzzExports.ts).
describeFuzz(import.meta.url, {
  package: "@dpm/agents",
  skip: {
    randomOrder:
      "takes a stateful Rng, so replaying one seed call draws a different order and determinism cannot be checked; its argument checks are tested in src/engine/randomOrder.test.ts",
  },
});
