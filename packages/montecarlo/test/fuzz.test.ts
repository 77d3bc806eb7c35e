import { describeFuzz } from "../../../scripts/fuzzExports.ts";

// Every export is called with one argument corrupted at a time (see scripts/fuzzExports.ts).
describeFuzz(import.meta.url, { package: "@dpm/montecarlo" });
