/**
 * A problem in one of the demo's input files, pinned to a line: printed as one line
 * (`sales.csv line 17: units "abc" is not a number`) and turned into a non-zero exit code.
 */
export class DataError extends Error {
  override readonly name = "DataError";
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly problem: string,
  ) {
    super(line === null ? `${file}: ${problem}` : `${file} line ${line}: ${problem}`);
  }
}
