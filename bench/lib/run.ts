import { writeFile } from "node:fs/promises";
import type { BenchArgs } from "./args.js";

/**
 * Writes a run's figures to the --json file, if one was given, and says so. Every file starts
 * with the same fields (bench, date, quick, node), so runs of any benchmark can be told apart.
 */
export async function writeResults(
  args: BenchArgs,
  bench: string,
  figures: Record<string, unknown>,
): Promise<void> {
  if (args.jsonFile === undefined) return;
  const out = { bench, date: new Date().toISOString(), quick: args.quick, node: process.version, ...figures };
  await writeFile(args.jsonFile, `${JSON.stringify(out, null, 2)}\n`);
  console.log(`results written to ${args.jsonFile}`);
}

/** Runs a benchmark's main: a failure is printed and makes the exit code 1. */
export function runBench(main: () => Promise<void>): void {
  main().catch((err: unknown) => {
    console.error(err);
    process.exitCode = 1;
  });
}
