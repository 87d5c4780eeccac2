import { Command, Option } from "commander";
import { booleanArg, divideWorkHelp, positiveInt } from "../../lib/service/flags.js";
import { addCommonOptions, commonConfig, runService, serviceBasics } from "../../lib/service/index.js";
import { runMapping } from "./service.js";

/** What `jetnet network --mapping` runs in the network process (the CLI hands it to that command). */
export { mappingInside } from "./inside.js";

/** `jetnet mapping`: wiring only; the service itself is runMapping in service.ts. */
export function mappingCommand(): Command {
  const cmd = new Command("mapping").description(
    "Run the mapping service: per-node and per-VNI projections announced to agents, and view snapshots",
  );
  addCommonOptions(cmd)
    .addOption(
      new Option("--replicas <n>", "JetStream replicas for buckets created by this service")
        .env("JETNET_BUCKET_REPLICAS")
        .default(1)
        .argParser(positiveInt),
    )
    .addOption(
      new Option("--divide-work <bool>", `${divideWorkHelp} (here: which replica announces a view's changes)`)
        .env("JETNET_DIVIDE_WORK")
        .default(true)
        .argParser(booleanArg),
    )
    .addOption(
      new Option(
        "--feed-batches <bool>",
        "announce a VNI's or node's changes of one event-loop turn as one message; false until every agent understands batches (agents before services when upgrading)",
      )
        .env("JETNET_FEED_BATCHES")
        .default(true)
        .argParser(booleanArg),
    )
    // Flags of releases that stored the projections: accepted so that an upgrade does not fail
    // on them, and ignored (no workers, nothing stored to compact).
    .addOption(new Option("--workers <n>").argParser(positiveInt).hideHelp())
    .addOption(new Option("--deleted-retention <ms>").hideHelp())
    .addOption(new Option("--tombstone-retention <ms>").hideHelp())
    .action(async (opts) => {
      await runService({
        name: "mapping",
        config: commonConfig(opts),
        run: (ctx) => {
          const ignored = ["workers", "deletedRetention", "tombstoneRetention"].filter(
            (k) => opts[k] !== undefined,
          );
          if (ignored.length > 0)
            ctx.logger.warn(
              { ignored },
              "flags of earlier releases are ignored: the projections are held in memory",
            );
          return runMapping({
            ...serviceBasics(ctx),
            replicas: opts.replicas,
            divideWork: opts.divideWork,
            feedBatches: opts.feedBatches,
          });
        },
      });
    });
  return cmd;
}
