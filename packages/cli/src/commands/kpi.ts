import { Command } from "commander";
import { CliError, EXIT } from "../CliError.js";

export function kpiCommand(): Command {
  return new Command("kpi")
    .description("Compute a KPI from @dpm/kpi: dpm kpi <function> <arguments as JSON>…")
    .argument("<function>", "the KPI function, e.g. grossMargin, npv, irr, churnRate")
    .argument("[args...]", "its arguments, each as JSON (numbers, arrays, objects)")
    .option("--json", "print { kpi, value } as JSON")
    .addHelpText("after", `\nExamples:\n  dpm kpi grossMargin 1000 600          # => 0.4\n  dpm kpi npv 0.1 '[-100, 60, 60]'\n\nExit codes: 0 done, 2 unknown KPI or argument that is not JSON, 3 the KPI rejected its input.`)
    .action(async (name: string, args: string[], flags: { json?: boolean }) => {
      const { isDpmError } = await import("@dpm/core");
      const table = (await import("@dpm/kpi")) as unknown as Record<string, unknown>;
      const f = Object.prototype.hasOwnProperty.call(table, name) ? table[name] : undefined;
      if (typeof f !== "function") {
        const known = Object.keys(table).filter((k) => typeof table[k] === "function").sort();
        throw new CliError(`unknown KPI ${JSON.stringify(name)}; the KPIs are ${known.join(", ")}`, EXIT.usage);
      }
      const values = args.map((a, i) => {
        try {
          return JSON.parse(a) as unknown;
        } catch {
          throw new CliError(`argument ${i + 1} (${JSON.stringify(a)}) is not JSON; write numbers as 12.5, arrays as '[1, 2]'`, EXIT.usage);
        }
      });
      let value: unknown;
      try {
        value = (f as (...a: unknown[]) => unknown)(...values);
      } catch (error) {
        if (isDpmError(error)) throw new CliError(error.message, EXIT.data);
        throw error;
      }
      const plain = ArrayBuffer.isView(value) ? Array.from(value as unknown as ArrayLike<number>) : value;
      process.stdout.write(flags.json === true ? `${JSON.stringify({ kpi: name, value: plain })}\n` : `${typeof plain === "object" ? JSON.stringify(plain) : String(plain)}\n`);
    });
}
