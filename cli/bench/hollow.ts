import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { Child } from "../../lib/servers/process.js";

/**
 * The `jetnet` entry script (bin/jetnet.js), found by walking up from this module: the same
 * answer from the TypeScript sources (cli/bench/) and from a build (dist/cli/bench/).
 */
export function jetnetScript(from = fileURLToPath(import.meta.url)): string {
  for (let dir = dirname(from); ; dir = dirname(dir)) {
    const candidate = join(dir, "bin", "jetnet.js");
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) throw new Error(`bin/jetnet.js not found above ${from}`);
  }
}

export interface HollowOptions {
  readonly count: number;
  /** Node names are `<prefix>-1` … `<prefix>-<count>`. */
  readonly prefix: string;
  /** NATS flags for the agents (`--nats …` and credentials), as given to the bench. */
  readonly natsArgs: readonly string[];
  readonly logFile: string;
  readonly signal: AbortSignal;
  readonly readyTimeoutMs?: number;
}

/**
 * Starts `jetnet agent --hollow N` as a child process and resolves once it logs "ready" (every
 * agent has its first snapshot), so the first creates do not measure agent start-up.
 * The child runs in its own process group (see `Child`): a ^C reaches only the bench, which
 * stops the agents after its own cleanup.
 */
export async function startHollowAgents(o: HollowOptions): Promise<Child> {
  const child = await Child.spawn({
    name: "hollow agents",
    command: process.execPath,
    args: [
      jetnetScript(),
      "agent",
      "--hollow",
      String(o.count),
      "--hollow-prefix",
      o.prefix,
      ...o.natsArgs,
      "--metrics-addr",
      "off",
      "--log-level",
      "info",
      "--name",
      `${o.prefix}-agents`,
    ],
    logFile: o.logFile,
    echo: false,
    detached: true,
  });
  try {
    await child.waitForLine(
      "ready",
      (line) => (line.includes('"msg":"ready"') ? true : undefined),
      o.readyTimeoutMs ?? 60_000,
      o.signal,
    );
  } catch (err) {
    await child.stop(5_000);
    throw err;
  }
  return child;
}

export function hollowNodeNames(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);
}
