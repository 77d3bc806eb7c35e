import { asyncBufferFromFile, parquetMetadataAsync, parquetReadObjects } from "hyparquet";
import type { Cell, InputSource } from "./InputSource.js";

/** Reads a Parquet file row group by row group with hyparquet (pure JS): memory holds one row group. */
export async function openParquetHyparquet(path: string): Promise<InputSource> {
  const file = await asyncBufferFromFile(path);
  const metadata = await parquetMetadataAsync(file);
  const columns = metadata.schema.slice(1).map((s) => s.name);
  const total = Number(metadata.num_rows);
  let done = 0;
  return {
    columns,
    unit: "row",
    async *rows() {
      let start = 0;
      for (const group of metadata.row_groups) {
        const end = start + Number(group.num_rows);
        const objects = await parquetReadObjects({ file, metadata, rowStart: start, rowEnd: end });
        for (const o of objects) {
          done++;
          yield { cells: columns.map((c) => (o as Record<string, Cell>)[c]), line: done };
        }
        start = end;
      }
    },
    progress: () => (total > 0 ? done / total : null),
    async close() {},
  };
}
