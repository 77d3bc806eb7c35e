// Numeric component codes used by the kernels (strings stay at the public boundary).
/** @internal */ export const NONE = 0;
/** @internal */ export const ADD = 1;
/** @internal */ export const MULT = 2;

/** @internal R's guards in etscalc.c: near-zero divisors are replaced by a huge value. */
export const TOL = 1e-10;
/** @internal */ export const HUGEN = 1e10;
