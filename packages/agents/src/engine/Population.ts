import { DpmError } from "@dpm/core";
import { assertCount, assertObject, describe, MAX_AGENTS } from "./validate.js";

/**
 * The storage type of one agent attribute: unsigned 8-bit (flags, small states), 32-bit integers
 * (brand, group, counters) or 64-bit floats (money, satisfaction).
 *
 * @category Engine
 */
export type ColumnType = "u8" | "i32" | "u32" | "f64";

/**
 * The attributes every agent has, by name, with their storage type, e.g.
 * `{ adopted: "u8", brand: "i32", spend: "f64" }`.
 *
 * @category Engine
 */
export type Schema = Readonly<Record<string, ColumnType>>;

/** The typed array behind a column type. @category Engine */
export type ColumnArray<T extends ColumnType> = T extends "u8"
  ? Uint8Array
  : T extends "i32"
    ? Int32Array
    : T extends "u32"
      ? Uint32Array
      : Float64Array;

/**
 * Struct-of-arrays agent state: one typed array per attribute, indexed by agent.
 *
 * @category Engine
 */
export type Columns<S extends Schema> = { readonly [K in keyof S]: ColumnArray<S[K]> };

/**
 * A friendly live view of one agent: reading or writing `view.brand` reads or writes
 * `columns.brand[view.index]`.
 *
 * @category Engine
 */
export type AgentView<S extends Schema> = { readonly index: number } & { -readonly [K in keyof S]: number };

/**
 * A population of agents with typed state stored as struct-of-arrays.
 *
 * @category Engine
 */
export interface Population<S extends Schema> {
  /** Number of agents. */
  readonly size: number;
  /** The attribute schema. */
  readonly schema: S;
  /** One typed array per attribute: the fast path for hot loops. */
  readonly columns: Columns<S>;
  /** A live view of agent `i` (allocates one small object; use `columns` in hot loops). */
  agent(i: number): AgentView<S>;
  /** How many agents have `column === value`. */
  count(column: keyof S & string, value: number): number;
  /** Sum of a column over all agents. */
  sum(column: keyof S & string): number;
  /** Copies every column of `other` (same schema and size) into this population. */
  copyFrom(other: Population<S>): void;
}

const ARRAYS = { u8: Uint8Array, i32: Int32Array, u32: Uint32Array, f64: Float64Array } as const;

/**
 * Creates a population of `size` agents, every attribute zero.
 *
 * @param size - number of agents (a non-negative whole number)
 * @param schema - attribute names and storage types
 * @returns the population
 * @throws {@link @dpm/core!DpmError} `INVALID_ARGUMENT` for a negative or fractional size, or an unknown column type
 *
 * @example
 * ```ts
 * import { createPopulation } from "@dpm/agents";
 *
 * const shoppers = createPopulation(3, { brand: "i32", spend: "f64" });
 * shoppers.agent(1).brand = 2;
 * shoppers.columns.brand; // => Int32Array [0, 2, 0]
 * shoppers.count("brand", 2); // => 1
 * ```
 *
 * @category Engine
 */
export function createPopulation<const S extends Schema>(size: number, schema: S): Population<S> {
  assertCount(size, "size", "createPopulation", 0, MAX_AGENTS);
  assertObject(schema, "schema", "createPopulation");
  const names = Object.keys(schema);
  const columns: Record<string, Uint8Array | Int32Array | Uint32Array | Float64Array> = {};
  for (const name of names) {
    const type = schema[name];
    if (type === undefined || !Object.hasOwn(ARRAYS, type)) {
      throw new DpmError(
        "INVALID_ARGUMENT",
        `createPopulation: schema.${name} must be one of "u8", "i32", "u32", "f64", got ${describe(type)}.`,
        { path: `schema.${name}` },
      );
    }
    if (name === "index") {
      throw new DpmError("INVALID_ARGUMENT", "createPopulation: \"index\" is reserved for the agent view; rename the attribute.", {
        path: "schema.index",
      });
    }
    columns[name] = new ARRAYS[type](size);
  }
  Object.freeze(columns);

  // One prototype per population: accessors read/write the columns at the view's index.
  const proto: Record<string, unknown> = {};
  for (const name of names) {
    const column = columns[name] as Float64Array;
    Object.defineProperty(proto, name, {
      get(this: { index: number }) {
        return column[this.index];
      },
      set(this: { index: number }, v: number) {
        column[this.index] = v;
      },
      enumerable: true,
    });
  }

  const population: Population<S> = {
    size,
    schema,
    columns: columns as unknown as Columns<S>,
    agent(i: number): AgentView<S> {
      if (!Number.isInteger(i) || i < 0 || i >= size) {
        throw new DpmError("INVALID_ARGUMENT", `Population.agent: index must be a whole number in [0, ${size - 1}], got ${i}.`, {
          path: "index",
        });
      }
      const view = Object.create(proto) as { index: number };
      Object.defineProperty(view, "index", { value: i, enumerable: true });
      return view as AgentView<S>;
    },
    count(column, value) {
      const a = requireColumn(columns, column, "Population.count");
      let c = 0;
      for (let i = 0; i < a.length; i++) if (a[i] === value) c++;
      return c;
    },
    sum(column) {
      const a = requireColumn(columns, column, "Population.sum");
      let s = 0;
      for (let i = 0; i < a.length; i++) s += a[i] as number;
      return s;
    },
    copyFrom(other) {
      if (other.size !== size) {
        throw new DpmError("LENGTH_MISMATCH", `Population.copyFrom: sizes differ (${other.size} vs ${size}).`, { path: "other" });
      }
      for (const name of names) (columns[name] as Float64Array).set(requireColumn(other.columns as never, name, "Population.copyFrom"));
    },
  };
  return Object.freeze(population);
}

function requireColumn(
  columns: Readonly<Record<string, Uint8Array | Int32Array | Uint32Array | Float64Array>>,
  name: string,
  fn: string,
): Float64Array {
  const a = columns[name];
  if (a === undefined) {
    throw new DpmError("INVALID_ARGUMENT", `${fn}: no column named ${describe(name)}; known: ${Object.keys(columns).join(", ")}.`, {
      path: "column",
    });
  }
  return a as unknown as Float64Array;
}
