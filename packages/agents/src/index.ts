/**
 * Agent-based simulation of customers and competitors: word-of-mouth adoption, brand switching, churn lifecycle, networks and parameter sweeps.
 *
 * @packageDocumentation
 */

export {};
