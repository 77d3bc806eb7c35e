/**
 * @dpm/cli — see the package README.
 *
 * @packageDocumentation
 */

export {};
