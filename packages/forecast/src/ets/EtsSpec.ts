import { assertEtsSpec } from "./assertEtsFit.js";
import { DpmError } from "@dpm/core";

/**
 * One ETS model of the Hyndman et al. (2008) state-space family: error, trend (possibly damped)
 * and season components, each additive (`"A"`), multiplicative (`"M"`) or absent (`"N"`).
 *
 * @category Exponential smoothing
 */
export interface EtsSpec {
  readonly error: "A" | "M";
  readonly trend: "N" | "A" | "M";
  readonly damped: boolean;
  readonly season: "N" | "A" | "M";
}

/**
 * A model request as in R's `ets(model = …)`: three letters for error, trend and season, each
 * `A`, `M`, `N` or `Z` (choose automatically), with an optional `d` after the trend for damping —
 * `"ZZZ"`, `"AAN"`, `"MAdM"` — or the printed form `"ETS(M,Ad,M)"`. As in R, a trend letter
 * without `d` tries both the damped and the undamped trend unless the `damped` option says which.
 *
 * @category Exponential smoothing
 */
export type EtsModelString = string;

/** @internal A parsed request: each component fixed or `"Z"` (automatic); damped `null` = try both. */
export interface EtsRequest {
  readonly error: "A" | "M" | "Z";
  readonly trend: "N" | "A" | "M" | "Z";
  readonly season: "N" | "A" | "M" | "Z";
  readonly damped: boolean | null;
}

const SHORT = /^([AMZ])([NAMZ])(d?)([NAMZ])$/;
const LONG = /^ETS\(([AMZ]),([NAMZ])(d?),([NAMZ])\)$/;

/**
 * @internal Parses `"MAdM"`, `"ZZZ"` or `"ETS(M,Ad,M)"`; `damped` (from options) overrides the
 * letter when given.
 */
export function parseEtsModel(model: unknown, damped: boolean | null | undefined, fn: string): EtsRequest {
  if (typeof model !== "string") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: options.model must be a string such as "ZZZ", "AAN" or "MAdM".`, { path: "options.model" });
  }
  const match = SHORT.exec(model.trim()) ?? LONG.exec(model.replace(/\s+/g, ""));
  if (match === null) {
    throw new DpmError(
      "INVALID_ARGUMENT",
      `${fn}: options.model ${JSON.stringify(model)} is not an ETS model: use three letters for error (A/M/Z), trend (N/A/M/Z, "d" after it for damped) and season (N/A/M/Z), e.g. "ZZZ", "AAN", "MAdM".`,
      { path: "options.model" },
    );
  }
  const [, e, t, d, s] = match as unknown as [string, "A" | "M" | "Z", "N" | "A" | "M" | "Z", string, "N" | "A" | "M" | "Z"];
  if (d === "d" && t === "N") {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: a damped trend needs a trend, but "${model}" has none (N).`, { path: "options.model" });
  }
  // As R: "d" fixes damping; without it a trend is tried both damped and undamped.
  let isDamped: boolean | null = d === "d" ? true : t === "N" ? false : null;
  if (damped !== undefined && damped !== null) {
    if (typeof damped !== "boolean") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: options.damped must be true, false or null (try both).`, { path: "options.damped" });
    }
    if (damped && t === "N") {
      throw new DpmError("INVALID_ARGUMENT", `${fn}: options.damped = true needs a trend, but the model's trend is N.`, { path: "options.damped" });
    }
    isDamped = damped;
  }
  return { error: e, trend: t, season: s, damped: isDamped };
}

/**
 * The printed name of a model, as R prints it: `ETS(M,Ad,M)`.
 *
 * @param spec - the model
 * @returns e.g. `"ETS(A,N,N)"`
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for something that is not an ETS spec
 *
 * @example
 * ```ts
 * import { etsModelName } from "@dpm/forecast";
 *
 * etsModelName({ error: "M", trend: "A", damped: true, season: "M" }); // => "ETS(M,Ad,M)"
 * ```
 *
 * @category Exponential smoothing
 */
export function etsModelName(spec: EtsSpec): string {
  assertEtsSpec(spec, "etsModelName");
  return `ETS(${spec.error},${spec.trend}${spec.damped ? "d" : ""},${spec.season})`;
}
