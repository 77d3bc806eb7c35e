/**
 * @dpm/operations — see the package README.
 *
 * @packageDocumentation
 */

export {};
