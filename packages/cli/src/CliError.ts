/**
 * Exit codes of the `dpm` command, one per kind of failure.
 *
 * | code | meaning |
 * |---|---|
 * | 0 | done: every series (customer, run) succeeded |
 * | 1 | an unexpected internal error (a bug: please report it) |
 * | 2 | usage: a bad flag, an unknown column, a missing file |
 * | 3 | bad input data: a malformed row, an empty file, input not grouped by id |
 * | 4 | done, but some series failed: they are listed in the errors file |
 * | 5 | the queue (Redis) could not be reached |
 * | 130 | interrupted (Ctrl-C): the output holds the series finished so far and is marked partial |
 *
 * @example
 * ```ts
 * import { EXIT } from "@dpm/cli";
 *
 * EXIT.seriesFailed; // => 4
 * ```
 *
 * @category CLI
 */
export const EXIT = { ok: 0, internal: 1, usage: 2, data: 3, seriesFailed: 4, queue: 5, interrupted: 130 } as const;

/**
 * An error the CLI reports as one line and an exit code (no stack trace).
 *
 * @example
 * ```ts
 * import { CliError, EXIT } from "@dpm/cli";
 *
 * new CliError("sales.csv: no such file", EXIT.usage).exitCode; // => 2
 * ```
 *
 * @category CLI
 */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
