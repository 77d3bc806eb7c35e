import { describeFuzz } from "../../../scripts/fuzzExports.ts";

// Every export is called with one argument corrupted at a time (see scripts/fuzzExports.ts).
describeFuzz(import.meta.url, {
  package: "@dpm/forecast",
  allowNaN: { accuracy: "mase and msis are NaN without training data (documented: one report covers many series)" },
  allowNonFinite: { mape: "Infinity when an actual value is 0 and the error is not (documented)" },
});
