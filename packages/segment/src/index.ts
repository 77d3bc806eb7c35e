/**
 * Customer segmentation: RFM, k-means, rule-based dynamic segments and migrations, churn propensity, BG/NBD + Gamma-Gamma customer lifetime value.
 *
 * @packageDocumentation
 */

export {};
