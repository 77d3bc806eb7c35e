/**
 * KPI and financial formulas (growth, margins, CAC, CLTV, churn, NPV/IRR), KPI tracking against targets and cohort tables for small-business data.
 *
 * @packageDocumentation
 */

export {};
