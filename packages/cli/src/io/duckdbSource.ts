import { DuckDBInstance } from "@duckdb/node-api";
import { CliError, EXIT } from "../CliError.js";
import type { Cell, InputSource } from "./InputSource.js";

/** Streams the rows of a DuckDB query (over Parquet/CSV files, globs, S3…) chunk by chunk: DuckDB spills to disk, so inputs larger than memory work. */
export async function openDuckDbQuery(sql: string, label = "--sql"): Promise<InputSource> {
  const instance = await DuckDBInstance.create(":memory:");
  const connection = await instance.connect();
  let result;
  try {
    result = await connection.stream(sql);
  } catch (error) {
    connection.closeSync();
    instance.closeSync();
    throw new CliError(`${label}: ${(error as Error).message.split("\n")[0]}`, EXIT.usage);
  }
  const columns = result.columnNames();
  let count = 0;
  return {
    columns,
    unit: "row",
    async *rows() {
      while (true) {
        const chunk = await result.fetchChunk();
        if (chunk === null || chunk.rowCount === 0) return;
        for (const row of chunk.getRows()) {
          count++;
          yield { cells: row as Cell[], line: count };
        }
      }
    },
    progress: () => null,
    async close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
