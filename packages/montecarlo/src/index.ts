/**
 * Monte Carlo risk simulation of business models: distributions, Latin hypercube and correlated sampling, VaR/CVaR, tornado sensitivity, convergence.
 *
 * @packageDocumentation
 */

export {};
