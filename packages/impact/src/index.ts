/**
 * @dpm/impact — see the package README.
 *
 * @packageDocumentation
 */

export {};
