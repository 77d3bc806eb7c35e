/**
 * Monte Carlo risk simulation of business models: distributions, Latin hypercube and correlated
 * sampling, VaR/CVaR, tornado sensitivity, convergence.
 *
 * @packageDocumentation
 */

export { isDistribution } from "./distributions/Distribution.js";
export type {
  ContinuousDistribution,
  DiscreteDistribution,
  Distribution,
  DistributionBase,
  DistributionJson,
  DistributionType,
} from "./distributions/Distribution.js";
export { normal } from "./distributions/normal.js";
export { lognormal } from "./distributions/lognormal.js";
export type { LognormalParams } from "./distributions/lognormal.js";
export { triangular } from "./distributions/triangular.js";
export { pert } from "./distributions/pert.js";
export type { PertOptions } from "./distributions/pert.js";
export { uniform } from "./distributions/uniform.js";
export { beta } from "./distributions/beta.js";
export type { BetaOptions } from "./distributions/beta.js";
export { gamma } from "./distributions/gamma.js";
export type { GammaOptions } from "./distributions/gamma.js";
export { exponential } from "./distributions/exponential.js";
export { poisson } from "./distributions/poisson.js";
export { binomial } from "./distributions/binomial.js";
export { discrete } from "./distributions/discrete.js";
export { empirical } from "./distributions/empirical.js";
export type { EmpiricalOptions } from "./distributions/empirical.js";
export { truncate } from "./distributions/truncate.js";
export type { TruncateOptions } from "./distributions/truncate.js";
export { distributionFromJson } from "./distributions/distributionFromJson.js";

export type { RandomSource } from "./random/UniformStream.js";

export { latinHypercube } from "./sampling/latinHypercube.js";
export { imanConover } from "./sampling/imanConover.js";
export type { CorrelationScale, ImanConoverOptions } from "./sampling/imanConover.js";
export { gaussianCopula } from "./sampling/gaussianCopula.js";
export type { GaussianCopulaOptions } from "./sampling/gaussianCopula.js";
export { nearestCorrelationMatrix } from "./sampling/nearestCorrelationMatrix.js";
export type { NearestCorrelationOptions } from "./sampling/nearestCorrelationMatrix.js";
export { spearmanCorrelation } from "./stats/spearmanCorrelation.js";
export { QuantileSketch, quantileSketch } from "./stats/QuantileSketch.js";
export type { QuantileSketchOptions } from "./stats/QuantileSketch.js";
export { summarize } from "./stats/summarize.js";
export type { SummaryOptions } from "./stats/summaryOptions.js";
export type { Exceedance, Histogram, OutputSummary, RiskMeasure } from "./stats/OutputSummary.js";

export { simulate } from "./simulate/simulate.js";
export type { ConvergenceOptions, SimulateOptions } from "./simulate/simulationPlan.js";
export type { CorrelationSpec, InputSpec, SamplingOptions } from "./simulate/samplingPlan.js";
export type { ConvergenceReport, SimulationResult } from "./simulate/SimulationResult.js";
export type { ConvergencePoint } from "./simulate/engine.js";
export { sampleInputs } from "./sampling/sampleInputs.js";
export type { SampleInputsOptions } from "./sampling/sampleInputs.js";

export { tornado } from "./sensitivity/tornado.js";
export type { TornadoBar, TornadoOptions, TornadoResult } from "./sensitivity/tornado.js";
export { rankCorrelations } from "./sensitivity/rankCorrelations.js";
export type { InputImportance, RankCorrelationOptions } from "./sensitivity/rankCorrelations.js";
export { compareSimulations } from "./simulate/compareSimulations.js";
export type { CompareSimulationsOptions, SimulationComparison, SimulationScenario } from "./simulate/compareSimulations.js";

export { optimizeUnderUncertainty } from "./optimize/optimizeUnderUncertainty.js";
export type {
  ChanceConstraint,
  OptimizationProgress,
  OptimizeUnderUncertaintyOptions,
  OptimizeUnderUncertaintyResult,
  RunnerUp,
  UncertainEstimate,
  UncertainObjective,
} from "./optimize/optimizeUnderUncertainty.js";
export type { RiskMeasureSpec } from "./optimize/riskMeasure.js";
export { MAX_SAMPLE_VALUES } from "./random/UniformStream.js";
export { MAX_NEAREST_CORRELATION_SIZE } from "./sampling/nearestCorrelationMatrix.js";
export { MAX_DISTRIBUTION_DEPTH } from "./distributions/distributionFromJson.js";
