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
export function parseBenchArgs(
  argv: readonly string[] = process.argv.slice(2),
  /** Options of one benchmark, next to the common ones; their values come back in `extra`. */
  own: Record<string, { type: "string" | "boolean" }> = {},
): BenchArgs & { extra: Record<string, string | boolean | undefined> } {
  const { values } = parseArgs({
    args: [...argv],
    options: { ...own, quick: { type: "boolean", default: false }, json: { type: "string" } },
    strict: true,
    allowPositionals: false,
  });
  if (values.json === "") throw invalid("--json", "needs a file name");
  const extra: Record<string, string | boolean | undefined> = {};
  for (const name of Object.keys(own))
    extra[name] = (values as Record<string, string | boolean | undefined>)[name];
  return { quick: values.quick === true, jsonFile: values.json as string | undefined, extra };
}
