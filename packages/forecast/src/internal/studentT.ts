// The Student-t functions now live in @dpm/core (one tested implementation for every package).
// This re-export keeps in-flight imports working; import from "@dpm/core" in new code.
export { studentTCdf, studentTQuantile } from "@dpm/core";
