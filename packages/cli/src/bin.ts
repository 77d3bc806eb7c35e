#!/usr/bin/env node
// The `dpm` executable.
import { runCli } from "./program.js";

const code = await runCli(process.argv.slice(2));
process.exitCode = code;
// BullMQ/DuckDB handles may linger; the run is over.
setTimeout(() => process.exit(code), 50).unref();
