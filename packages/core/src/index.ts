/**
 * The shared typed model of `@dpm`: periods and time series, typed errors and validation, seeded
 * random numbers, special functions (log-gamma, incomplete beta and gamma, normal and t
 * distributions), and the driver model (inputs → formulas → KPIs over time, stocks and flows,
 * scenarios). Every other `@dpm` package speaks these types.
 *
 * @packageDocumentation
 */

export { DpmError, isDpmError } from "./errors/DpmError.js";
export type { DpmErrorCode, DpmErrorOptions } from "./errors/DpmError.js";
export { assertFinite, assertInteger, toFiniteArray } from "./errors/validate.js";
export { checkOptions } from "./errors/checkOptions.js";

export { FREQUENCIES, isFrequency, seasonalPeriod, seasonalPeriods } from "./time/Frequency.js";
export type { Frequency } from "./time/Frequency.js";
export {
  addPeriods,
  comparePeriods,
  daysInPeriod,
  formatPeriod,
  parsePeriod,
  period,
  periodDiff,
  periodEquals,
  periodOf,
  periodRange,
  periodStartDate,
  seasonPosition,
  toPeriod,
} from "./time/Period.js";
export type { Period, PeriodLike } from "./time/Period.js";
export { isTimeSeries, periodAt, seriesEnd, seriesPeriods, seriesToRows, timeSeries, timeSeriesFromJson } from "./time/TimeSeries.js";
export type { ReadonlyFloat64Array, TimeSeries, TimeSeriesJson, TimeSeriesOptions } from "./time/TimeSeries.js";
export type { Aggregation } from "./time/aggregate.js";
export { seriesFromRecords } from "./time/seriesFromRecords.js";
export type {
  CountRecordsOptions,
  DateColumn,
  DatedValue,
  GapPolicy,
  RecordDate,
  RecordDateOption,
  RecordValue,
  SeriesFromRecordsBaseOptions,
  SeriesFromRecordsOptions,
  SeriesFromRecordsResult,
  ValueColumn,
} from "./time/seriesFromRecords.js";
export { sliceSeries } from "./time/sliceSeries.js";
export { lagSeries } from "./time/lagSeries.js";
export { diffSeries } from "./time/diffSeries.js";
export { resampleSeries } from "./time/resampleSeries.js";
export type { ResampleOptions } from "./time/resampleSeries.js";
export { mapSeries, zipSeries } from "./time/mapSeries.js";
export type { ZipSeriesOptions } from "./time/mapSeries.js";

export { parseCsv } from "./io/parseCsv.js";
export { readCsv } from "./io/readCsv.js";
export type { CsvSource } from "./io/readCsv.js";
export type { CsvColumn, CsvColumnType, CsvTable, ReadCsvOptions } from "./io/CsvTable.js";
export { numberColumn, stringColumn } from "./io/columnAccess.js";
export { seriesFromColumns } from "./io/seriesFromColumns.js";
export type { SeriesFromColumnsOptions } from "./io/seriesFromColumns.js";
export { seriesByIdFromColumns } from "./io/seriesByIdFromColumns.js";
export type { SeriesById, SeriesByIdFromColumnsOptions } from "./io/seriesByIdFromColumns.js";
export { transactionsFromColumns } from "./io/transactionsFromColumns.js";
export type { TransactionRecord, TransactionsFromColumnsOptions } from "./io/transactionsFromColumns.js";

export { createRng } from "./random/Rng.js";
export type { Rng, Seed } from "./random/Rng.js";
export { normalQuantile } from "./random/normalQuantile.js";

export { logGamma, logFactorial } from "./math/logGamma.js";
export { logBeta } from "./math/logBeta.js";
export { regularizedBeta } from "./math/regularizedBeta.js";
export { regularizedGamma } from "./math/regularizedGamma.js";
export { gammaPdf } from "./math/gammaPdf.js";
export { normalCdf, normalPdf } from "./math/normal.js";
export { studentTCdf, studentTQuantile } from "./math/studentT.js";
export { binomialPmf, poissonPmf } from "./math/discretePmf.js";

export { parseFormula } from "./model/parseFormula.js";
export type { BinaryOperator, FormulaAst } from "./model/parseFormula.js";
export type { FormulaRefs } from "./model/formulaRefs.js";
export type {
  CheckedNodes,
  FormulaNode,
  FunctionNode,
  InputNames,
  InputNode,
  LagNode,
  ModelDefinition,
  NodeDefinition,
  NodeMeta,
  NodeRefs,
  StockNode,
} from "./model/ModelDefinition.js";
export type { InputValue, Model } from "./model/Model.js";
export { defineModel } from "./model/defineModel.js";
export { modelFromJson } from "./model/modelFromJson.js";
export { runModel } from "./model/runModel.js";
export type { ModelRun, RunModelOptions } from "./model/runModel.js";
export { runVectorized } from "./model/runVectorized.js";
export type { RunVectorizedOptions, VectorInput, VectorRun } from "./model/runVectorized.js";
export { compareScenarios } from "./model/compareScenarios.js";
export type { ScenarioComparison, Scenarios } from "./model/compareScenarios.js";

export type { DesignColumn, LinearDesign } from "./linear/LinearDesign.js";
export type { CoefficientRow } from "./linear/CoefficientRow.js";
export { qrLeastSquares } from "./linear/qrLeastSquares.js";
export type { QrLeastSquares } from "./linear/qrLeastSquares.js";
export { fitLinearModel } from "./linear/fitLinearModel.js";
export type { CovarianceType, LinearModelFit, LinearModelOptions } from "./linear/fitLinearModel.js";
export { waldTest } from "./linear/waldTest.js";
export type { WaldTestable, WaldTestResult } from "./linear/waldTest.js";
export { fitLogisticRegression } from "./linear/fitLogisticRegression.js";
export type { LogisticRegressionFit, LogisticRegressionOptions } from "./linear/fitLogisticRegression.js";
export { fitRidge } from "./linear/fitRidge.js";
export type { RidgeFit, RidgeOptions } from "./linear/fitRidge.js";

export type { Objective, ObjectiveWithGradient, OnNotConverged, OptimizeResult, OptimizeStatus } from "./optim/types.js";
export { minimizeLbfgs } from "./optim/minimizeLbfgs.js";
export type { MinimizeLbfgsOptions } from "./optim/minimizeLbfgs.js";
export { minimizeBfgs } from "./optim/minimizeBfgs.js";
export type { MinimizeBfgsOptions, MinimizeBfgsResult } from "./optim/minimizeBfgs.js";
export { minimizeVmmin } from "./optim/minimizeVmmin.js";
export type { MinimizeVmminOptions } from "./optim/minimizeVmmin.js";
export { minimizeNelderMead } from "./optim/minimizeNelderMead.js";
export type { MinimizeNelderMeadOptions } from "./optim/minimizeNelderMead.js";
export { withNumericGradient } from "./optim/withNumericGradient.js";
export type { NumericGradientOptions } from "./optim/withNumericGradient.js";
export { nonNegativeLeastSquares } from "./optim/nonNegativeLeastSquares.js";
export type { ConstrainedLeastSquaresResult, NonNegativeLeastSquaresOptions } from "./optim/nonNegativeLeastSquares.js";
export { simplexLeastSquares } from "./optim/simplexLeastSquares.js";
export type { SimplexLeastSquaresOptions } from "./optim/simplexLeastSquares.js";

export { bracketRoot, brentMinimize, brentRoot } from "./optim/brent.js";
export type { Bracket, BracketRootOptions, BrentMinimizeOptions, BrentMinimizeResult, BrentRootOptions, BrentRootResult } from "./optim/brent.js";
export { goalSeek } from "./decision/goalSeek.js";
export type { GoalSeekOptions, GoalSeekResult } from "./decision/goalSeek.js";
export { optimizeModel } from "./decision/optimizeModel.js";
export type { ConstraintReport, ModelObjective, OptimizeModelOptions, OptimizeModelResult } from "./decision/optimizeModel.js";
export { patternSearch } from "./decision/patternSearch.js";
export type { BatchEvaluator, PatternSearchOptions, PatternSearchProgress, PatternSearchResult } from "./decision/patternSearch.js";
export type { DecisionVariable, ModelConstraint, PeriodSelector } from "./decision/DecisionVariable.js";
