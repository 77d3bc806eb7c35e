/**
 * KPI and financial formulas (growth, margins, CAC, CLTV, churn, NPV/IRR), KPI tracking against
 * targets and cohort tables for small-business data.
 *
 * Every KPI formula takes numbers or aligned `TimeSeries` (from `@dpm/core`) and returns a number
 * or a series; undefined results (a zero denominator) throw a `DpmError` unless documented as
 * `Infinity`, never a silent NaN.
 *
 * @packageDocumentation
 */

export type { KpiInput, KpiResult, KpiSeriesOptions } from "./series/KpiInput.js";
export { periodOverPeriod } from "./series/periodOverPeriod.js";
export type { ChangeMode, PeriodOverPeriodOptions } from "./series/periodOverPeriod.js";
export { yearLag, yearOverYear } from "./series/yearOverYear.js";
export type { YearOverYearOptions } from "./series/yearOverYear.js";
export { rollingWindow } from "./series/rollingWindow.js";
export type { RollingWindowOptions, WindowAggregate } from "./series/rollingWindow.js";

// Growth
export { growthRate } from "./growth/growthRate.js";
export { cagr } from "./growth/cagr.js";

// Profitability
export { grossMargin } from "./profitability/grossMargin.js";
export { netMargin } from "./profitability/netMargin.js";
export { operatingMargin } from "./profitability/operatingMargin.js";
export { contributionMargin } from "./profitability/contributionMargin.js";
export { contributionMarginRatio } from "./profitability/contributionMarginRatio.js";

// Customers
export { cac } from "./customers/cac.js";
export { cltv } from "./customers/cltv.js";
export { discountedCltv } from "./customers/discountedCltv.js";
export type { DiscountedCltvOptions } from "./customers/discountedCltv.js";
export { ltvToCac } from "./customers/ltvToCac.js";
export { cacPayback } from "./customers/cacPayback.js";
export { churnRate } from "./customers/churnRate.js";
export { retentionRate } from "./customers/retentionRate.js";
export { revenueChurnRate } from "./customers/revenueChurnRate.js";
export { grossRevenueRetention } from "./customers/grossRevenueRetention.js";
export { netRevenueRetention } from "./customers/netRevenueRetention.js";
export { arpu } from "./customers/arpu.js";
export { nps } from "./customers/nps.js";
export { npsFromCounts } from "./customers/npsFromCounts.js";

// Sales and marketing
export { aov } from "./sales/aov.js";
export { conversionRate } from "./sales/conversionRate.js";
export { roi } from "./sales/roi.js";
export { roas } from "./sales/roas.js";

// Operations
export { employeeProductivity } from "./operations/employeeProductivity.js";
export { inventoryTurnover } from "./operations/inventoryTurnover.js";
export { daysOfInventory } from "./operations/daysOfInventory.js";
export { breakEvenUnits } from "./operations/breakEvenUnits.js";
export { breakEvenRevenue } from "./operations/breakEvenRevenue.js";

// Cash
export { burnRate } from "./cash/burnRate.js";
export { runway } from "./cash/runway.js";

// Finance (spreadsheet-compatible)
export { npv } from "./finance/npv.js";
export type { NpvOptions } from "./finance/npv.js";
export { xnpv } from "./finance/xnpv.js";
export { irr } from "./finance/irr.js";
export type { IrrOptions } from "./finance/irr.js";
export { xirr } from "./finance/xirr.js";
export { pmt } from "./finance/pmt.js";
export type { PmtOptions } from "./finance/pmt.js";
export { paybackPeriod } from "./finance/paybackPeriod.js";
export type { PaybackPeriodOptions } from "./finance/paybackPeriod.js";

// Tracking
export { defineKpi } from "./tracking/defineKpi.js";
export type { KpiDefinition, KpiDirection } from "./tracking/defineKpi.js";
export { kpiStatus } from "./tracking/kpiStatus.js";
export type { KpiStatus } from "./tracking/kpiStatus.js";
export { trackKpi } from "./tracking/trackKpi.js";
export type { KpiAlert, KpiAlertKind, KpiPeriodStatus, KpiReport, KpiTrend, TrackKpiOptions } from "./tracking/trackKpi.js";
export { linearTrend } from "./tracking/linearTrend.js";
export type { LinearTrend } from "./tracking/linearTrend.js";

// Cohorts
export { cohortTable } from "./cohorts/cohortTable.js";
export type { CohortTable, CohortTableOptions, Transaction } from "./cohorts/cohortTable.js";
export { cohortRows } from "./cohorts/cohortRows.js";
export type { CohortRow } from "./cohorts/cohortRows.js";
export { cohortPivot } from "./cohorts/cohortPivot.js";
export type { CohortMetric, CohortPivotOptions } from "./cohorts/cohortPivot.js";
