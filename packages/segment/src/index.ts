/**
 * Customer segmentation: RFM, rule-based dynamic segments and migrations, k-means clustering,
 * churn propensity (logistic regression), BG/NBD + Gamma-Gamma customer lifetime value.
 *
 * @packageDocumentation
 */

export { summarizeTransactions } from "./summary/summarizeTransactions.js";
export type { CustomerSummary, SummarizeTransactionsOptions, Transaction } from "./summary/summarizeTransactions.js";
export type { TimeUnit } from "./internal/days.js";

export { quantileScores } from "./rfm/quantileScores.js";
export type { QuantileScoresOptions } from "./rfm/quantileScores.js";
export { rfmScores } from "./rfm/rfmScores.js";
export type { RfmScores, RfmScoresOptions } from "./rfm/rfmScores.js";
export { DEFAULT_RFM_RULES, rfmSegments } from "./rfm/rfmSegments.js";
export type { RfmRule, RfmSegmentsOptions } from "./rfm/rfmSegments.js";

export type { SegmentAssignment, Snapshot } from "./rules/Snapshot.js";
export { assignSegments } from "./rules/assignSegments.js";
export type { AssignSegmentsOptions, SegmentRule } from "./rules/assignSegments.js";
export { migrationMatrix } from "./rules/migrationMatrix.js";
export type { MigrationMatrix, MigrationMatrixOptions } from "./rules/migrationMatrix.js";
export { segmentProfiles } from "./rules/segmentProfiles.js";
export type { SegmentProfile, SegmentProfilesOptions } from "./rules/segmentProfiles.js";

export type { BgNbdParams, CustomerColumns, FrequencyRecency } from "./clv/BgNbdParams.js";
export { bgNbdLogLikelihood } from "./clv/bgNbdLogLikelihood.js";
export { fitBgNbd } from "./clv/fitBgNbd.js";
export type { BgNbdFit, FitBgNbdOptions } from "./clv/fitBgNbd.js";
export { bgNbdExpectedTransactions } from "./clv/bgNbdExpectedTransactions.js";
export { bgNbdProbabilityAlive } from "./clv/bgNbdProbabilityAlive.js";
export { bgNbdExpectedPopulation } from "./clv/bgNbdExpectedPopulation.js";
export { fitGammaGamma } from "./clv/fitGammaGamma.js";
export type { FitGammaGammaOptions, GammaGammaFit, GammaGammaParams } from "./clv/fitGammaGamma.js";
export { gammaGammaExpectedSpend } from "./clv/gammaGammaExpectedSpend.js";
export { bgNbdExpectedTransactionsBatch } from "./clv/bgNbdExpectedTransactionsBatch.js";
export { bgNbdProbabilityAliveBatch } from "./clv/bgNbdProbabilityAliveBatch.js";
export { gammaGammaExpectedSpendBatch } from "./clv/gammaGammaExpectedSpendBatch.js";
export { customerLifetimeValueBatch } from "./clv/customerLifetimeValueBatch.js";
export { calibrationHoldoutSummary } from "./holdout/calibrationHoldoutSummary.js";
export type { CalibrationHoldoutOptions, CalibrationHoldoutSummary } from "./holdout/calibrationHoldoutSummary.js";
export { evaluateHoldout } from "./holdout/evaluateHoldout.js";
export type { EvaluateHoldoutOptions, HoldoutBucket, HoldoutEvaluation } from "./holdout/evaluateHoldout.js";
export { customerLifetimeValue } from "./clv/customerLifetimeValue.js";
export type { CustomerLifetimeValueOptions } from "./clv/customerLifetimeValue.js";

export type { Points } from "./kmeans/points.js";
export { standardize } from "./kmeans/standardize.js";
export type { StandardizeOptions, StandardizeResult } from "./kmeans/standardize.js";
export { kmeans } from "./kmeans/kmeans.js";
export type { KmeansOptions, KmeansResult } from "./kmeans/kmeans.js";
export { assignClusters } from "./kmeans/assignClusters.js";
export { kmeansElbow } from "./kmeans/kmeansElbow.js";
export { silhouetteScore } from "./kmeans/silhouetteScore.js";
export type { SilhouetteOptions } from "./kmeans/silhouetteScore.js";

export { logisticRegression } from "./churn/logisticRegression.js";
export type { LogisticModel, LogisticRegressionOptions } from "./churn/logisticRegression.js";
export { predictProbability } from "./churn/predictProbability.js";
export { rocAuc } from "./churn/rocAuc.js";
export { precisionRecall } from "./churn/precisionRecall.js";
export type { PrecisionRecall } from "./churn/precisionRecall.js";
export { calibrationTable } from "./churn/calibrationTable.js";
export type { CalibrationBin } from "./churn/calibrationTable.js";
export { trainTestSplit } from "./churn/trainTestSplit.js";
export type { TrainTestSplitOptions } from "./churn/trainTestSplit.js";
