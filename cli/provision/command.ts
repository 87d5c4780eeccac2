import { Command, InvalidArgumentError } from "commander";
import { Need, requirementsFor } from "../../lib/servers/programs.js";
import { LatestNatsError, provisionLatestNats } from "./nats-latest.js";
import { defaultProvisionEnv, howToInstall, ProvisionError, provision } from "./provision.js";

interface ProvisionOptions {
  for: Need[];
  check: boolean;
  natsLatest: boolean;
}

/**
 * `jetnet provision`: the programs of the table, installed as `jetnet up` and `npm test` would.
 * CI runs it before the tests; `--check` only reports.
 */
export function provisionCommand(): Command {
  const all = Object.values(Need);
  return new Command("provision")
    .description(
      "Find the programs jetnet runs (nats-server, redis-server, iproute2, ping, prometheus) and, as root " +
        "on Debian/Ubuntu, apt-get install the missing ones; elsewhere name each missing package",
    )
    .option(
      "--for <needs>",
      `comma-separated: ${all.join(", ")} (up: a local plane; fabric: up --fabric linux; tests: npm test)`,
      needs,
      all,
    )
    .option("--check", "install nothing: list what is missing and exit 1 if anything is", false)
    .option(
      "--nats-latest",
      "instead: fetch the newest nats-server Debian packages (the next release's, unpacked into " +
        "$JETNET_CACHE_DIR or ~/.cache/jetnet, never installed) and print its path on stdout",
      false,
    )
    .action(async (opts: ProvisionOptions) => {
      if (opts.natsLatest) {
        process.exitCode = await runNatsLatest((line) => process.stderr.write(`jetnet provision: ${line}\n`));
        return;
      }
      process.exitCode = runProvision(opts, {
        say: (line) => process.stdout.write(`jetnet provision: ${line}\n`),
        complain: (line) => process.stderr.write(`jetnet provision: ${line}\n`),
      });
    });
}

/** Prints the newest nats-server's path on stdout (CI runs the server matrix on it); exit status. */
async function runNatsLatest(complain: (line: string) => void): Promise<number> {
  try {
    const suite = process.env.JETNET_NATS_SUITE;
    const found = await provisionLatestNats({ ...(suite && { suite }), say: complain });
    process.stdout.write(`${found.binary}\n`);
    return 0;
  } catch (err) {
    if (!(err instanceof LatestNatsError)) throw err;
    complain(err.message);
    return 1;
  }
}

/** Returns the exit status: 0 everything is there (now), 1 something is missing. */
export function runProvision(
  opts: ProvisionOptions,
  out: { say(line: string): void; complain(line: string): void },
): number {
  const { say, complain } = out;
  const env = defaultProvisionEnv(say);
  if (opts.check) {
    const missing = requirementsFor(opts.for).filter((r) => env.find(r.binary) === undefined);
    if (missing.length === 0) {
      say("everything is installed");
      return 0;
    }
    for (const line of howToInstall(missing, env).split("\n")) complain(line);
    return 1;
  }
  try {
    const found = provision(opts.for, env);
    const width = Math.max(...Object.keys(found).map((b) => b.length));
    for (const [binary, path] of Object.entries(found)) say(`${binary.padEnd(width)}  ${path}`);
    return 0;
  } catch (err) {
    if (!(err instanceof ProvisionError)) throw err;
    for (const line of err.message.split("\n")) complain(line);
    return 1;
  }
}

function needs(raw: string): Need[] {
  const all: readonly string[] = Object.values(Need);
  const items = raw.split(",").map((s) => s.trim());
  const wrong = items.filter((s) => !all.includes(s));
  if (wrong.length > 0 || items.length === 0) {
    throw new InvalidArgumentError(`expected a comma-separated list of ${all.join(", ")}`);
  }
  return items as Need[];
}
