import { parseArgs } from "node:util";
import { invalid } from "../../lib/errors.js";

/** Options every benchmark accepts. */
export interface BenchArgs {
  /** Smaller workloads, for a smoke run or CI. */
  readonly quick: boolean;
  /** Where to write the results as JSON, if anywhere. */
  readonly jsonFile: string | undefined;
}

/** Parses `--quick` and `--json <file>`; unknown flags are an error rather than silently ignored. */
export function parseBenchArgs(argv: readonly string[] = process.argv.slice(2)): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: { quick: { type: "boolean", default: false }, json: { type: "string" } },
    strict: true,
    allowPositionals: false,
  });
  if (values.json === "") throw invalid("--json", "needs a file name");
  return { quick: values.quick ?? false, jsonFile: values.json };
}
