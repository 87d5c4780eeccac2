import { Command, Option } from "commander";
import { defaultGuestNetnsPrefix, isGuestNetnsPrefix } from "../../lib/api/hooks.js";
import { validateNodeName } from "../../lib/api/validate.js";
import { parseIPv4 } from "../../lib/net/cidr.js";
import { positiveInt } from "../../lib/service/flags.js";
import {
  addCommonOptions,
  commonConfig,
  connectNats,
  runService,
  serviceBasics,
} from "../../lib/service/index.js";
import { type AllowList, parseAllowList } from "./allowlist.js";
import { defaultExecTimeoutMs } from "./exec.js";
import { LinuxFabric } from "./fabric/linux.js";
import { LoggerFabric } from "./fabric/logger.js";
import type { Fabric } from "./fabric/types.js";
import { type AgentSpec, hollowSpecs, runAgents } from "./service.js";

/** `jetnet agent`: one node's agent, or N hollow agents for scale tests. */
export function agentCommand(): Command {
  const cmd = new Command("agent").description(
    "Run a node agent: program this node's datapath from its attachments and their VNIs' mappings",
  );
  addCommonOptions(cmd)
    .addOption(new Option("--node <name>", "this node's name (DNS name)").env("JETNET_NODE"))
    .addOption(
      new Option("--host-ip <addr>", "this node's underlay IPv4 address (VXLAN endpoint)").env(
        "JETNET_HOST_IP",
      ),
    )
    .addOption(new Option("--fabric <kind>", "datapath").choices(["logger", "linux"]).default("logger"))
    .addOption(
      new Option(
        "--netns <name>",
        "linux fabric: program this network namespace (ip -n) instead of the agent's own",
      ),
    )
    .addOption(new Option("--state-file <file>", "logger fabric: keep state here so a restart finds it"))
    .addOption(
      new Option(
        "--allowed-programs <list>",
        "exec hooks that may run, comma-separated, each a program and its argument patterns " +
          "(e.g. '/app/hooks/jetnet-guest-down ${netns}'; a program alone takes no arguments; empty: none)",
      )
        .env("JETNET_ALLOWED_PROGRAMS")
        .default(""),
    )
    .addOption(
      new Option(
        "--guest-netns-prefix <prefix>",
        "exec hooks' ${netns}, the attachment's guest namespace, is <prefix><attachment uid>",
      )
        .env("JETNET_GUEST_NETNS_PREFIX")
        .default(defaultGuestNetnsPrefix),
    )
    .addOption(
      new Option("--exec-timeout <ms>", "kill exec hooks after this")
        .default(defaultExecTimeoutMs)
        .argParser(positiveInt),
    )
    .addOption(
      new Option("--digest-interval <ms>", "how often views are checked against the mapping service")
        .default(2000)
        .argParser(positiveInt),
    )
    .addOption(
      new Option("--hollow <n>", "run N hollow agents (logger fabric) in this process").argParser(
        positiveInt,
      ),
    )
    .addOption(new Option("--hollow-prefix <prefix>", "node name prefix of hollow agents").default("hollow"))
    .addOption(
      new Option(
        "--hollow-first <n>",
        "number of the first hollow node (<prefix>-<n>): processes started with disjoint ranges share one fleet",
      )
        .default(1)
        .argParser(positiveInt),
    )
    .action(async (opts) => {
      let allowed: AllowList;
      try {
        allowed = parseAllowList(String(opts.allowedPrograms));
      } catch (err) {
        cmd.error(`--allowed-programs: ${(err as Error).message}`);
      }
      if (!isGuestNetnsPrefix(String(opts.guestNetnsPrefix)))
        cmd.error(
          "--guest-netns-prefix: letters, digits, '_', '.' and '-' only, not starting with '.' or '-'",
        );
      let specs: AgentSpec[];
      if (opts.hollow) {
        if (opts.fabric !== "logger") cmd.error("--hollow runs logger fabrics only");
        specs = await hollowSpecs(opts.hollow, opts.hollowPrefix, opts.hollowFirst);
        // Benchmarks read the heap per mapping: with node --expose-gc, SIGUSR2 runs a full
        // collection first, so the heap gauge shows live memory rather than garbage.
        const gc = (globalThis as { gc?: () => void }).gc;
        if (gc) process.on("SIGUSR2", () => gc());
      } else {
        if (!opts.node) cmd.error("--node is required (or --hollow N)");
        try {
          validateNodeName(opts.node, "--node");
        } catch (err) {
          cmd.error((err as Error).message);
        }
        if (!opts.hostIp || parseIPv4(opts.hostIp) === undefined)
          cmd.error("--host-ip must be an IPv4 address");
        const fabric: Fabric =
          opts.fabric === "linux"
            ? await LinuxFabric.open({
                hostIp: opts.hostIp,
                ...(opts.netns ? { netns: opts.netns } : {}),
              }).catch((err: Error) => cmd.error(err.message))
            : await LoggerFabric.open(opts.stateFile ? { stateFile: opts.stateFile } : {});
        specs = [{ node: opts.node, hostIp: opts.hostIp, fabric, netns: opts.netns }];
      }
      const config = commonConfig(opts);
      await runService({
        name: "agent",
        config,
        run: (ctx) =>
          runAgents({
            ...serviceBasics(ctx, { agents: specs.length }),
            connectMore: (name) => connectNats(config.nats, { name, logger: ctx.logger }),
            agents: specs,
            allowedPrograms: allowed,
            execTimeoutMs: opts.execTimeout,
            guestNetnsPrefix: opts.guestNetnsPrefix,
            digestIntervalMs: opts.digestInterval,
          }),
      });
    });
  return cmd;
}
