/**
 * How a CSV column is stored: `"number"` as a `Float64Array`, `"string"` as an array of strings.
 *
 * @category Input
 */
export type CsvColumnType = "number" | "string";

/**
 * One column of a {@link CsvTable}: a `Float64Array` for a number column, strings otherwise.
 *
 * @category Input
 */
export type CsvColumn = Float64Array | readonly string[];

/**
 * What {@link parseCsv} and {@link readCsv} return: the file as typed columns.
 *
 * @category Input
 */
export interface CsvTable {
  /** Column names in file order (from the header, or `column1`, `column2`, … without one). */
  readonly names: readonly string[];
  /** Every column by name: `Float64Array` for number columns, `string[]` otherwise. */
  readonly columns: Readonly<Record<string, CsvColumn>>;
  /** The type each column was read as. */
  readonly types: Readonly<Record<string, CsvColumnType>>;
  /** Number of data rows (the header and blank lines are not counted). */
  readonly rowCount: number;
  /** The 1-based line of the file where each data row starts, for error messages downstream. */
  readonly lines: Uint32Array;
  /** Whether the first row was read as a header. */
  readonly header: boolean;
}

/**
 * Options for {@link parseCsv} and {@link readCsv}.
 *
 * @category Input
 */
export interface ReadCsvOptions {
  /** The field separator, one character (default `","`; `";"` and `"\t"` are common). */
  readonly delimiter?: string;
  /**
   * Whether the first row names the columns (default `"auto"`: it does when some column holds
   * numbers below it but not in it, or — when no column holds numbers — when its fields are
   * non-empty, distinct and not numbers).
   */
  readonly header?: boolean | "auto";
  /**
   * The type of some columns by name; the others are `"auto"`: numbers when every non-empty field
   * is a number, strings otherwise. Read dates such as `20250301` as strings with `"string"`.
   */
  readonly types?: Readonly<Record<string, CsvColumnType | "auto">>;
  /** Keep only these columns (in this order). */
  readonly select?: readonly string[];
  /** An empty field in a number column: a `PARSE_ERROR` (default `"error"`) or `NaN` (`"nan"`). */
  readonly missing?: "error" | "nan";
  /** The decimal separator of numbers (default `"."`; `","` needs another delimiter). */
  readonly decimal?: "." | ",";
  /** Remove spaces and tabs around unquoted fields (default `true`; quoted fields are kept as written). */
  readonly trim?: boolean;
  /** At most this many data rows (default and limit 10,000,000); more is an `INVALID_ARGUMENT` error. */
  readonly maxRows?: number;
}
