import { Command, Option } from "commander";
import { positiveInt } from "../../lib/service/flags.js";
import { addCommonOptions, commonConfig, runService, serviceBasics } from "../../lib/service/index.js";
import { addRetentionOptions, retentionFrom } from "../../lib/service/retention.js";
import { runMapping } from "./service.js";

/** `jetnet mapping`: wiring only; the service itself is runMapping in service.ts. */
export function mappingCommand(): Command {
  const cmd = new Command("mapping").description(
    "Run the mapping service: per-node and per-VNI projections, and view snapshots for agents",
  );
  addRetentionOptions(addCommonOptions(cmd))
    .addOption(
      new Option("--replicas <n>", "JetStream replicas for buckets created by this service")
        .env("JETNET_BUCKET_REPLICAS")
        .default(1)
        .argParser(positiveInt),
    )
    .addOption(new Option("--workers <n>", "projection workers").default(8).argParser(positiveInt))
    .action(async (opts) => {
      await runService({
        name: "mapping",
        config: commonConfig(opts),
        run: (ctx) =>
          runMapping({
            ...serviceBasics(ctx),
            replicas: opts.replicas,
            workers: opts.workers,
            retention: retentionFrom(opts),
          }),
      });
    });
  return cmd;
}
