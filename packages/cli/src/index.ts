/**
 * The `dpm` command line as a library: {@link runCli} runs it in-process; {@link EXIT} lists the
 * exit codes. Install `@dpm/cli` and run `dpm --help`.
 *
 * @packageDocumentation
 */

export { runCli } from "./program.js";
export { CliError, EXIT } from "./CliError.js";
