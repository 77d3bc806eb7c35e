// Runs a TypeScript worker script from the sources — for the packages' own tests only (published
// packages start their built .js/.cjs worker files): registers tsx in this worker thread, then
// imports the script named in argv (with an optional tsconfig for path mappings).
import { register } from "tsx/esm/api";

const [entry, tsconfig] = process.argv.slice(2);
register(tsconfig === undefined ? {} : { tsconfig });
await import(entry);
