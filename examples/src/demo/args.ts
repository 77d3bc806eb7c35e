/** What the demo was asked to do. */
export interface DemoArgs {
  readonly help: boolean;
  readonly data?: string;
  readonly sales?: string;
  readonly transactions?: string;
  readonly costs?: string;
  readonly out: string;
  readonly quiet: boolean;
}

/** A wrong command line: printed with a pointer to --help, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export const HELP = `Usage: pnpm demo [options]

The bakery story from DESIGN.md through every @dpm package: KPIs against targets, a 90-day
forecast, customer segments and CLV, a Monte Carlo of next quarter's profit under a flour price
spike and a competitor-entry simulation. Prints a summary and writes a self-contained HTML report.

Options:
  --data <dir|file>        a folder with sales.csv, transactions.csv and costs.csv, or one CSV
                           (its header says which of the three it replaces; the others come
                           from the built-in data set in examples/data)
  --sales <file>           daily sales by product:  date,product,units,unit_price
  --transactions <file>    loyalty-card purchases:  customer_id,date,amount
  --costs <file>           monthly costs:           month,flour_kg,flour_price_per_kg,
                                                    other_ingredients,wages,rent,energy
  --out <file>             where to write the report (default: report.html in the current folder)
  --quiet                  print only the summary, no progress lines
  -h, --help               show this help

Dates are YYYY-MM-DD, months YYYY-MM, amounts plain numbers (1234.5). Paths are relative to the
folder you ran the command in. A bad line stops the demo with the file, line and problem, exit 1.
`;

const VALUE_FLAGS = ["--data", "--sales", "--transactions", "--costs", "--out"] as const;
type ValueFlag = (typeof VALUE_FLAGS)[number];

export function parseArgs(argv: readonly string[]): DemoArgs {
  const values: Partial<Record<ValueFlag, string>> = {};
  let help = false;
  let quiet = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === "--") continue; // pnpm passes it through in some versions
    if (arg === "-h" || arg === "--help") {
      help = true;
      continue;
    }
    if (arg === "--quiet") {
      quiet = true;
      continue;
    }
    const eq = arg.indexOf("=");
    const name = (eq > 0 ? arg.slice(0, eq) : arg) as ValueFlag;
    if (!VALUE_FLAGS.includes(name)) throw new UsageError(`unknown option ${JSON.stringify(arg)}`);
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined || value === "" || (eq < 0 && value.startsWith("--"))) throw new UsageError(`${name} needs a value`);
    if (values[name] !== undefined) throw new UsageError(`${name} given twice`);
    values[name] = value;
  }
  return {
    help,
    quiet,
    out: values["--out"] ?? "report.html",
    ...(values["--data"] === undefined ? {} : { data: values["--data"] }),
    ...(values["--sales"] === undefined ? {} : { sales: values["--sales"] }),
    ...(values["--transactions"] === undefined ? {} : { transactions: values["--transactions"] }),
    ...(values["--costs"] === undefined ? {} : { costs: values["--costs"] }),
  };
}
