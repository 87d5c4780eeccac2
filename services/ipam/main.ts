import { Command, Option } from "commander";
import { booleanArg, divideWorkHelp, nonNegativeInt, positiveInt } from "../../lib/service/flags.js";
import { addCommonOptions, commonConfig, runService, serviceBasics } from "../../lib/service/index.js";
import { defaultIpamWorkers, minRecoveryGraceMs, runIpam } from "./service.js";

/** What `jetnet network --ipam` runs in the network process (the CLI hands it to that command). */
export { ipamInside } from "./inside.js";

/** `jetnet ipam`: wiring only; the service itself is runIpam in service.ts. */
export function ipamCommand(): Command {
  const cmd = new Command("ipam").description(
    "Run the ipam service: Redis address leases for network attachments",
  );
  addCommonOptions(cmd)
    .addOption(
      new Option("--replicas <n>", "JetStream replicas for the network buckets if this service creates them")
        .env("JETNET_BUCKET_REPLICAS")
        .default(1)
        .argParser(positiveInt),
    )
    .addOption(
      new Option("--workers <n>", "reconcile workers").default(defaultIpamWorkers).argParser(positiveInt),
    )
    .addOption(
      new Option("--gc-grace <ms>", "how long a lease must look orphaned before it is released")
        .env("JETNET_IPAM_GC_GRACE")
        .default(30_000)
        .argParser(positiveInt),
    )
    .addOption(
      new Option("--gc-interval <ms>", "period of the lease garbage collection")
        .default(10_000)
        .argParser(positiveInt),
    )
    .addOption(
      new Option("--recovery-grace <ms>", "wait after Redis data loss before re-reading statuses (> 7000)")
        .default(8_000)
        .argParser(positiveInt),
    )
    .addOption(
      new Option(
        "--redis-wait-replicas <n>",
        "Redis replicas that must hold a new lease before it is recorded (1 with Sentinel or Cluster)",
      )
        .env("JETNET_REDIS_WAIT_REPLICAS")
        .default(0)
        .argParser(nonNegativeInt),
    )
    .addOption(
      new Option("--resync-interval <ms>", "period of the re-drive of attachments that still need an address")
        .default(30_000)
        .argParser(positiveInt),
    )
    .addOption(
      new Option("--divide-work <bool>", divideWorkHelp)
        .env("JETNET_DIVIDE_WORK")
        .default(true)
        .argParser(booleanArg),
    )
    .addOption(
      new Option(
        "--shard-index <i>",
        "deprecated (use --divide-work): a static share of VNIs, this replica's index (0-based)",
      )
        .default(0)
        .argParser(nonNegativeInt),
    )
    .addOption(
      new Option(
        "--shard-count <n>",
        "deprecated (use --divide-work): number of static VNI shards; above 1 it overrides --divide-work, and a dead shard's VNIs wait for it",
      )
        .default(1)
        .argParser(positiveInt),
    )
    .action(async (opts) => {
      if (opts.shardIndex >= opts.shardCount) cmd.error("--shard-index must be below --shard-count");
      if (opts.recoveryGrace <= minRecoveryGraceMs) {
        cmd.error(
          `--recovery-grace must exceed ${minRecoveryGraceMs} ms (status-write abandon limit + write timeout)`,
        );
      }
      await runService({
        name: "ipam",
        config: commonConfig(opts),
        redis: true,
        run: (ctx) =>
          runIpam({
            ...serviceBasics(ctx),
            redis: ctx.redis!,
            redisWaitReplicas: opts.redisWaitReplicas,
            workers: opts.workers,
            replicas: opts.replicas,
            gcGraceMs: opts.gcGrace,
            gcIntervalMs: opts.gcInterval,
            recoveryGraceMs: opts.recoveryGrace,
            resyncMs: opts.resyncInterval,
            divideWork: opts.divideWork,
            shardIndex: opts.shardIndex,
            shardCount: opts.shardCount,
          }),
      });
    });
  return cmd;
}
