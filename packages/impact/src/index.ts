/**
 * @dpm/impact — see the package README.
 *
 * @packageDocumentation
 */

// --- Experiments (A/B/n tests, planning, sequential, Bayesian, readouts) ---
export type { Alternative } from "./experiments/internal/validate.js";
export type { Comparison, RelativeLift } from "./experiments/internal/results.js";
export { proportionTest } from "./experiments/tests/proportionTest.js";
export type { ProportionGroup, ProportionTestOptions, ProportionTestResult } from "./experiments/tests/proportionTest.js";
export { fisherExactTest } from "./experiments/tests/fisherExactTest.js";
export type { FisherExactTestOptions, FisherExactTestResult } from "./experiments/tests/fisherExactTest.js";
export { chiSquareTest } from "./experiments/tests/chiSquareTest.js";
export type { ChiSquareTestOptions, ChiSquareTestResult } from "./experiments/tests/chiSquareTest.js";
export { srmCheck } from "./experiments/tests/srmCheck.js";
export type { SrmCheckOptions, SrmCheckResult } from "./experiments/tests/srmCheck.js";
export { welchTTest } from "./experiments/tests/welchTTest.js";
export type { MeanGroup, MeanSummary, MeanTestResult, WelchTTestOptions } from "./experiments/tests/welchTTest.js";
export { mannWhitneyTest } from "./experiments/tests/mannWhitneyTest.js";
export type { MannWhitneyTestOptions, MannWhitneyTestResult } from "./experiments/tests/mannWhitneyTest.js";
export { adjustPValues } from "./experiments/tests/adjustPValues.js";
export type { AdjustPValuesOptions } from "./experiments/tests/adjustPValues.js";
export { relativeLiftInterval } from "./experiments/tests/relativeLiftInterval.js";
export type { MeanEstimate, RelativeLiftOptions } from "./experiments/tests/relativeLiftInterval.js";
export { sampleSizeProportions } from "./experiments/power/sampleSizeProportions.js";
export type { SampleSizePlan, SampleSizeProportionsOptions } from "./experiments/power/sampleSizeProportions.js";
export { powerProportions } from "./experiments/power/powerProportions.js";
export type { PowerProportionsOptions } from "./experiments/power/powerProportions.js";
export { mdeProportions } from "./experiments/power/mdeProportions.js";
export type { MdeProportionsOptions, MinimumDetectableEffect } from "./experiments/power/mdeProportions.js";
export { sampleSizeMeans } from "./experiments/power/sampleSizeMeans.js";
export type { SampleSizeMeansOptions } from "./experiments/power/sampleSizeMeans.js";
export { powerMeans } from "./experiments/power/powerMeans.js";
export type { PowerMeansOptions } from "./experiments/power/powerMeans.js";
export { mdeMeans } from "./experiments/power/mdeMeans.js";
export type { MdeMeansOptions } from "./experiments/power/mdeMeans.js";
export { experimentDuration } from "./experiments/power/experimentDuration.js";
export type { ExperimentDuration, ExperimentDurationOptions } from "./experiments/power/experimentDuration.js";
export { groupSequentialDesign } from "./experiments/sequential/groupSequentialDesign.js";
export type { GroupSequentialDesign, GroupSequentialDesignOptions } from "./experiments/sequential/groupSequentialDesign.js";
export type { SpendingType } from "./experiments/sequential/spending.js";
export { monitorGroupSequential } from "./experiments/sequential/monitorGroupSequential.js";
export type { MonitorGroupSequentialOptions, SequentialDecision, SequentialLook } from "./experiments/sequential/monitorGroupSequential.js";
export { alwaysValidTest } from "./experiments/sequential/alwaysValidTest.js";
export type { AlwaysValidResult, AlwaysValidTestOptions, EstimateLook } from "./experiments/sequential/alwaysValidTest.js";
export { bayesProportions } from "./experiments/bayes/bayesProportions.js";
export type { BayesProportionsOptions, BayesProportionsResult, RatePosterior } from "./experiments/bayes/bayesProportions.js";
export { bayesMeans } from "./experiments/bayes/bayesMeans.js";
export type { BayesMeansOptions, BayesMeansResult } from "./experiments/bayes/bayesMeans.js";
export { cupedTest } from "./experiments/variance/cupedTest.js";
export type { CupedGroup, CupedTestOptions, CupedTestResult } from "./experiments/variance/cupedTest.js";
export { ratioMetricTest } from "./experiments/variance/ratioMetricTest.js";
export type { RatioGroup, RatioMetricTestOptions, RatioMetricTestResult } from "./experiments/variance/ratioMetricTest.js";
export { bootstrapTest } from "./experiments/bootstrap/bootstrapTest.js";
export type { BootstrapTestOptions, BootstrapTestResult } from "./experiments/bootstrap/bootstrapTest.js";
export { poissonBootstrap } from "./experiments/bootstrap/poissonBootstrap.js";
export type { PoissonBootstrapOptions, PoissonBootstrapResult } from "./experiments/bootstrap/poissonBootstrap.js";
export { readExperiment } from "./experiments/readout/readExperiment.js";
export type { ExperimentReadout, ReadExperimentOptions, ReadoutGroup, VariantReadout } from "./experiments/readout/readExperiment.js";
export { aggregateVariants } from "./experiments/readout/aggregateVariants.js";
export type { AggregateVariantsOptions, VariantAggregates } from "./experiments/readout/aggregateVariants.js";
// --- end experiments ---

// --- Causal impact (DiD, synthetic control, counterfactual forecast, propensity scores, IV) ---
export type { CausalEstimate } from "./causal/CausalEstimate.js";
export type { PanelData } from "./causal/PanelData.js";
export { didTwoByTwo } from "./causal/didTwoByTwo.js";
export type { DidTwoByTwoData, DidTwoByTwoOptions, DidTwoByTwoResult } from "./causal/didTwoByTwo.js";
export { twfeDid } from "./causal/twfeDid.js";
export type { DidDiagnostics, TwfeDidOptions, TwfeDidResult } from "./causal/twfeDid.js";
export { eventStudy } from "./causal/eventStudy.js";
export type { EventStudyOptions, EventStudyResult, EventStudyRow } from "./causal/eventStudy.js";
export { stackedDid } from "./causal/stackedDid.js";
export type { CohortEstimate, StackedDidOptions, StackedDidResult } from "./causal/stackedDid.js";
export { syntheticControl } from "./causal/syntheticControl.js";
export type { PlaceboRun, SyntheticControlData, SyntheticControlOptions, SyntheticControlResult } from "./causal/syntheticControl.js";
export { twoStageLeastSquares } from "./causal/twoStageLeastSquares.js";
export type { FirstStage, IvData, TwoStageLeastSquaresOptions, TwoStageLeastSquaresResult } from "./causal/twoStageLeastSquares.js";
export { propensityScores } from "./causal/propensityScores.js";
export type { OverlapDiagnostics, PropensityScoresOptions, PropensityScoresResult } from "./causal/propensityScores.js";
export { balanceTable } from "./causal/balanceTable.js";
export type { BalanceRow, BalanceTable, BalanceTableOptions } from "./causal/balanceTable.js";
export { matchNearest } from "./causal/matchNearest.js";
export type { MatchNearestOptions, MatchNearestResult, ObservationalData } from "./causal/matchNearest.js";
export { ipwEstimate } from "./causal/ipwEstimate.js";
export type { IpwEstimateOptions, IpwEstimateResult } from "./causal/ipwEstimate.js";
export { aipwEstimate } from "./causal/aipwEstimate.js";
export type { AipwEstimateOptions, AipwEstimateResult } from "./causal/aipwEstimate.js";
export { counterfactualImpact } from "./causal/counterfactualImpact.js";
export type { CounterfactualImpactOptions, CounterfactualImpactResult } from "./causal/counterfactualImpact.js";
// --- end causal ---

// --- Marketing mix (media transforms, MMM, budget allocation) ---
export { geometricAdstock } from "./marketing/geometricAdstock.js";
export type { GeometricAdstockOptions } from "./marketing/geometricAdstock.js";
export { weibullAdstock } from "./marketing/weibullAdstock.js";
export type { WeibullAdstockOptions } from "./marketing/weibullAdstock.js";
export { hillSaturation } from "./marketing/hillSaturation.js";
export type { HillSaturationOptions } from "./marketing/hillSaturation.js";
export { logisticSaturation } from "./marketing/logisticSaturation.js";
export type { LogisticSaturationOptions } from "./marketing/logisticSaturation.js";
export { fitMarketingMix } from "./marketing/fitMarketingMix.js";
export type { FitMarketingMixOptions, MarketingChannel, MarketingMixData, MarketingMixDiagnostics, MarketingMixDraws, MarketingMixFit, ResponseCurve } from "./marketing/fitMarketingMix.js";
export { allocateBudget } from "./marketing/allocateBudget.js";
export type { AllocateBudgetOptions, BudgetAllocation, ChannelAllocation } from "./marketing/allocateBudget.js";
// --- end marketing ---

// --- Pricing (elasticity, optimal price, what-if, cross-price) ---
export { optimalPrice } from "./pricing/optimalPrice.js";
export type { DemandCurve, OptimalPriceOptions, PriceOptimum } from "./pricing/optimalPrice.js";
export { priceWhatIf } from "./pricing/priceWhatIf.js";
export type { PriceWhatIfOptions, PriceWhatIfRow } from "./pricing/priceWhatIf.js";
export { priceElasticity } from "./pricing/priceElasticity.js";
export type { PriceElasticityData, PriceElasticityOptions, PriceElasticityResult, PriceOptimumInterval } from "./pricing/priceElasticity.js";
export { crossPriceElasticities } from "./pricing/crossPriceElasticities.js";
export type { CrossPriceData, CrossPriceElasticities, CrossPriceOptions } from "./pricing/crossPriceElasticities.js";
// --- end pricing ---
