import { Command, type CommanderError } from "commander";
import { ErrorCode, hasCode } from "../../lib/errors.js";
import { addCommonOptions, commonConfig } from "../../lib/service/config.js";
import { createLogger } from "../../lib/service/logger.js";
import type { CommonOptions, LogLevel, NatsConfig } from "../../lib/service/types.js";
import { UsageError } from "../usage.js";
import { addBenchOptions, type BenchFlags, benchConfig } from "./options.js";
import { runBench } from "./run.js";

/** Exit codes: 0 the run happened (whatever its failures), 2 usage, 3 cannot reach the plane. */
export const BenchExit = { Ok: 0, Failed: 1, Usage: 2, Unavailable: 3 } as const;

/**
 * `jetnet bench`: KOS's attachment throughput driver. Creates power-law-sized virtual networks,
 * then creates and deletes attachments on a schedule while a watch measures how long each takes
 * to be addressed, implemented and deleted.
 */
export function benchCommand(): Command {
  const cmd = new Command("bench").description(
    "Drive attachment creates and deletes at a steady or Poisson rate and measure " +
      "create→addressed, create→ready, delete and (--ping) ready→tested latencies " +
      "(KOS's attachment-tput-driver)",
  );
  addBenchOptions(addCommonOptions(cmd));
  // A driver is a foreground tool: no metrics port unless asked, and only warnings in its logs
  // (the report is the output).
  // (commander records a default when the option is added, hence setOptionValueWithSource too;
  // the environment still overrides it at parse time.) The Redis flags are not used by the bench.
  const redisFlags = ["--redis", "--redis-password", "--sentinel-password", "--redis-tls-ca"];
  const ownDefaults: Record<string, string> = { "--metrics-addr": "off", "--log-level": "warn" };
  for (const o of cmd.options) {
    const value = o.long ? ownDefaults[o.long] : undefined;
    if (value !== undefined) {
      o.default(value);
      cmd.setOptionValueWithSource(o.attributeName(), value, "default");
    }
    if (o.long && redisFlags.includes(o.long)) o.hideHelp();
  }
  cmd.exitOverride((err: CommanderError) => process.exit(err.exitCode === 0 ? 0 : BenchExit.Usage));
  cmd.action(async (opts: BenchFlags & CommonOptions) => {
    const code = await benchMain(opts);
    await new Promise<void>((r) => process.stdout.write("", () => r()));
    process.exit(code);
  });
  return cmd;
}

async function benchMain(opts: BenchFlags & CommonOptions): Promise<number> {
  const say = (line: string) => process.stderr.write(`jetnet bench: ${line}\n`);
  let nats: NatsConfig;
  let instance: string;
  let level: LogLevel;
  let cfg: ReturnType<typeof benchConfig>;
  try {
    const common = commonConfig(opts);
    ({ nats, instance, logLevel: level } = common);
    cfg = benchConfig(opts, () => Math.floor(Math.random() * 2 ** 31));
  } catch (err) {
    say((err as Error).message);
    return BenchExit.Usage;
  }
  const logger = createLogger({ level, name: "bench", instance, destination: process.stderr });
  try {
    await runBench(cfg, { nats, natsArgs: natsArgs(opts), instance, logger, say });
    return BenchExit.Ok;
  } catch (err) {
    const e = err as Error;
    const cause = e.cause instanceof Error ? `: ${e.cause.message}` : "";
    say(`${e.message}${cause}`);
    if (err instanceof UsageError || hasCode(err, ErrorCode.Invalid)) return BenchExit.Usage;
    if (hasCode(err, ErrorCode.Unavailable)) return BenchExit.Unavailable;
    return BenchExit.Failed;
  }
}

/**
 * The NATS flags a hollow-agents child needs. The password travels in the environment the child
 * inherits, not on its command line, where `ps` would show it.
 */
function natsArgs(opts: CommonOptions): string[] {
  const args = ["--nats", opts.nats];
  const pairs: [string, string | undefined][] = [
    ["--nats-user", opts.natsUser],
    ["--nats-creds", opts.natsCreds],
    ["--nats-tls-ca", opts.natsTlsCa],
    ["--nats-tls-cert", opts.natsTlsCert],
    ["--nats-tls-key", opts.natsTlsKey],
  ];
  for (const [flag, value] of pairs) if (value) args.push(flag, value);
  if (opts.natsPassword) process.env.JETNET_NATS_PASSWORD = opts.natsPassword;
  return args;
}
