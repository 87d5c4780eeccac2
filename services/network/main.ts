import { Command, Option } from "commander";
import { vniRangesArg } from "../../lib/api/vni-ranges.js";
import { defaultIpamWorkers } from "../../lib/ipam/workers.js";
import type { IpamInside, MappingInside } from "../../lib/service/companion.js";
import { booleanArg, divideWorkHelp, nonNegativeInt, positiveInt } from "../../lib/service/flags.js";
import {
  addCommonOptions,
  BackgroundRedis,
  commonConfig,
  runService,
  serviceBasics,
} from "../../lib/service/index.js";
import { addRetentionOptions, retentionFrom } from "../../lib/service/retention.js";
import { defaultCreateLeaseTimeoutMs } from "./address.js";
import {
  defaultListMaxVersions,
  defaultListWindowMs,
  defaultMaxPending,
  networkRoles,
  runNetwork,
} from "./service.js";

/**
 * `jetnet network`: wiring only; the service itself is runNetwork in service.ts. `ipamInside` and
 * `mappingInside` (given by the CLI, from services/ipam/main.ts and services/mapping/main.ts) are
 * what `--ipam` and `--mapping` run in this process.
 */
export function networkCommand(
  deps: { readonly ipamInside?: IpamInside; readonly mappingInside?: MappingInside } = {},
): Command {
  const cmd = new Command("network").description(
    "Run the network service: the intent API, the subnet validator and agents' status reports",
  );
  addRetentionOptions(addCommonOptions(cmd))
    .addOption(
      new Option("--replicas <n>", "JetStream replicas for buckets created by this service")
        .env("JETNET_BUCKET_REPLICAS")
        .default(1)
        .argParser(positiveInt),
    )
    .addOption(
      new Option("--history <n>", "revisions kept per subnet and attachment (jetnet history)")
        .env("JETNET_HISTORY")
        .default(5)
        .argParser(positiveInt),
    )
    .addOption(
      new Option(
        "--vni-ranges <spec>",
        "VNIs each namespace may use, e.g. 'ta=100-199;tb=200-299,500'; a namespace not listed gets none (default: every VNI open to every namespace)",
      )
        .env("JETNET_VNI_RANGES")
        .argParser(vniRangesArg),
    )
    .addOption(
      new Option("--divide-work <bool>", `${divideWorkHelp}; the API is served by every replica either way`)
        .env("JETNET_DIVIDE_WORK")
        .default(true)
        .argParser(booleanArg),
    )
    .addOption(
      new Option(
        "--role <role>",
        "full: everything; writer: serves subnets and attachment creates, gets, updates, deletes and batches, validates its VNIs, and follows no attachments (so replicas add write throughput); attachment lists and agents' status reports go to full replicas, run at least one; not with --ipam, --mapping or --max-pending",
      )
        .env("JETNET_NETWORK_ROLE")
        .choices(networkRoles)
        .default("full"),
    )
    .addOption(new Option("--workers <n>", "subnet validator workers").default(4).argParser(positiveInt))
    .addOption(
      new Option("--resync-interval <ms>", "period of the full re-drive of subnets and claims")
        .default(30_000)
        .argParser(positiveInt),
    )
    .addOption(
      new Option(
        "--list-window <ms>",
        "how long versions replaced by writes are kept for paginated lists (continue tokens)",
      )
        .default(defaultListWindowMs)
        .argParser(positiveInt),
    )
    .addOption(
      new Option("--list-window-versions <n>", "at most this many replaced versions kept per kind")
        .default(defaultListMaxVersions)
        .argParser(positiveInt),
    )
    .addOption(
      new Option(
        "--max-pending <n>",
        "refuse attachment creates (UNAVAILABLE with a retry hint) while this many wait for an address; 0 = never",
      )
        .env("JETNET_MAX_PENDING")
        .default(defaultMaxPending)
        .argParser(nonNegativeInt),
    )
    .addOption(
      new Option(
        "--redis-wait-replicas <n>",
        "with --redis: Redis replicas that must hold a lease taken in a create (as ipam's flag)",
      )
        .env("JETNET_REDIS_WAIT_REPLICAS")
        .default(0)
        .argParser(nonNegativeInt),
    )
    .addOption(
      new Option(
        "--create-lease-timeout <ms>",
        "with --redis: how long a create waits for its address lease before it is stored without one (ipam leases it then)",
      )
        .default(defaultCreateLeaseTimeoutMs)
        .argParser(positiveInt),
    )
    .addOption(
      new Option(
        "--ipam [bool]",
        "run ipam in this process, on this service's own watches (then deploy no separate ipam); implies Redis at --redis",
      )
        .env("JETNET_NETWORK_IPAM")
        .default(false)
        .preset("true")
        .argParser(booleanArg),
    )
    .addOption(
      new Option("--ipam-workers <n>", "with --ipam: ipam's reconcile workers (as ipam's --workers)")
        .default(defaultIpamWorkers)
        .argParser(positiveInt),
    )
    .addOption(
      new Option(
        "--ipam-gc-grace <ms>",
        "with --ipam: how long a lease must look orphaned before it is released (as ipam's --gc-grace)",
      )
        .env("JETNET_IPAM_GC_GRACE")
        .default(30_000)
        .argParser(positiveInt),
    )
    .addOption(
      new Option("--ipam-gc-interval <ms>", "with --ipam: period of ipam's lease garbage collection")
        .default(10_000)
        .argParser(positiveInt),
    )
    .addOption(
      new Option(
        "--mapping [bool]",
        "run mapping in this process, on this service's own watch (then deploy no separate mapping)",
      )
        .env("JETNET_NETWORK_MAPPING")
        .default(false)
        .preset("true")
        .argParser(booleanArg),
    )
    .addOption(
      new Option(
        "--feed-batches <bool>",
        "with --mapping: announce a VNI's or node's changes of one event-loop turn as one message; false until every agent understands batches (agents before services when upgrading)",
      )
        .env("JETNET_FEED_BATCHES")
        .default(true)
        .argParser(booleanArg),
    )
    .action(async (opts) => {
      // Redis is optional here: only a --redis (or JETNET_REDIS_URL) actually given, or --ipam,
      // turns on leasing in the create, and the service starts and serves whether Redis answers
      // or not (an embedded ipam starts once it does).
      const withRedis = cmd.getOptionValueSource("redis") !== "default" || opts.ipam;
      if (opts.ipam && !deps.ipamInside) cmd.error("--ipam: this build of jetnet network has no ipam to run");
      if (opts.mapping && !deps.mappingInside)
        cmd.error("--mapping: this build of jetnet network has no mapping to run");
      if (opts.role === "writer") {
        const needAttachments = [
          ...(opts.ipam ? ["--ipam"] : []),
          ...(opts.mapping ? ["--mapping"] : []),
          ...(opts.maxPending > 0 ? ["--max-pending"] : []),
        ];
        if (needAttachments.length > 0)
          cmd.error(
            `--role writer: a writer holds no attachments, which ${needAttachments.join(", ")} need; run them on a full replica`,
          );
      }
      const config = commonConfig(opts);
      await runService({
        name: "network",
        config,
        run: async (ctx) => {
          const redis =
            withRedis &&
            new BackgroundRedis(config.redis, {
              name: `jetnet-network/${config.instance}`,
              logger: ctx.logger,
              signal: ctx.signal,
            });
          try {
            await runNetwork({
              ...serviceBasics(ctx, { leaseInCreate: Boolean(redis) }),
              replicas: opts.replicas,
              history: opts.history,
              workers: opts.workers,
              divideWork: opts.divideWork,
              role: opts.role,
              resyncMs: opts.resyncInterval,
              ...(opts.vniRanges !== undefined && { vniRanges: opts.vniRanges }),
              listWindowMs: opts.listWindow,
              listMaxVersions: opts.listWindowVersions,
              maxPending: opts.maxPending,
              retention: retentionFrom(opts),
              companions: [
                ...(redis && opts.ipam && deps.ipamInside
                  ? [
                      deps.ipamInside({
                        redis: () => redis.connected(),
                        redisWaitReplicas: opts.redisWaitReplicas,
                        workers: opts.ipamWorkers,
                        gcGraceMs: opts.ipamGcGrace,
                        gcIntervalMs: opts.ipamGcInterval,
                        divideWork: opts.divideWork,
                        replicas: opts.replicas,
                      }),
                    ]
                  : []),
                ...(opts.mapping && deps.mappingInside
                  ? [
                      deps.mappingInside({
                        divideWork: opts.divideWork,
                        replicas: opts.replicas,
                        feedBatches: opts.feedBatches,
                      }),
                    ]
                  : []),
              ],
              ...(redis && {
                leases: {
                  redis: () => redis.client,
                  waitReplicas: opts.redisWaitReplicas,
                  timeoutMs: opts.createLeaseTimeout,
                },
              }),
            });
          } finally {
            if (redis) await redis.close();
          }
        },
      });
    });
  return cmd;
}
