/**
 * @dpm/bullmq — see the package README.
 *
 * @packageDocumentation
 */

export {};
