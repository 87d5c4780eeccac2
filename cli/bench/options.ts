import { type Command, InvalidArgumentError, Option } from "commander";
import { validateNamespace, validateNodeName } from "../../lib/api/validate.js";
import { parseIPv4 } from "../../lib/net/cidr.js";
import { parseMetricsAddr } from "../../lib/service/config.js";
import type { ListenAddr } from "../../lib/service/types.js";
import { UsageError } from "../usage.js";
import { NodeChoice } from "./driver.js";
import { PingHook, shippedHookDir } from "./ping.js";
import { Arrivals } from "./schedule.js";

/** Everything a run needs, checked. */
export interface BenchConfig {
  readonly numNets: number;
  readonly topNetSize: number;
  readonly exponent: number;
  readonly bias: number;
  readonly subnetsPerNet: number;
  readonly baseAddress: number;
  readonly namespacePrefix: string;
  readonly rate: number;
  readonly arrivals: Arrivals;
  readonly warmupS: number;
  readonly cruiseS: number;
  readonly cooldownS: number;
  readonly threads: number;
  /** Total creates; undefined: derived from the phase durations and the rate. */
  readonly numAttachments: number | undefined;
  readonly nodes: readonly string[] | undefined;
  readonly nodePrefix: string | undefined;
  readonly numNodes: number | undefined;
  readonly nodeChoice: NodeChoice;
  readonly ping: boolean;
  /** --ping: directory of the guest hooks, as the agents see it (absolute). */
  readonly pingHooks: string | undefined;
  readonly hollow: number | undefined;
  readonly out: string | undefined;
  readonly metricsAddr: ListenAddr | undefined;
  readonly seed: number;
  readonly keepSubnets: boolean;
}

const int = (min: number) => (v: string) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n < min) throw new InvalidArgumentError(`expected an integer ≥ ${min}`);
  return n;
};
const num = (min: number, strict: boolean) => (v: string) => {
  const n = Number(v);
  if (v.trim() === "" || !Number.isFinite(n) || n < min || (strict && n === min)) {
    throw new InvalidArgumentError(`expected a number ${strict ? ">" : "≥"} ${min}`);
  }
  return n;
};

/** Adds the bench's own flags (the NATS ones come from `addCommonOptions`). */
export function addBenchOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option("--num-nets <n>", "virtual networks (one VNI each)").default(10).argParser(int(1)))
    .addOption(
      new Option("--top-net-size <n>", "slots in the largest network").default(100).argParser(int(1)),
    )
    .addOption(
      new Option("--exponent <x>", "power-law exponent of network sizes").default(1).argParser(num(0, false)),
    )
    .addOption(
      new Option("--bias <x>", "power-law bias of network sizes").default(0).argParser(num(0, false)),
    )
    .addOption(
      new Option("--subnets-per-net <n>", "subnets (distinct CIDRs) per network")
        .default(1)
        .argParser(int(1)),
    )
    .addOption(new Option("--base-address <ip>", "where the subnets' CIDRs start").default("172.24.0.0"))
    .addOption(new Option("--namespace-prefix <p>", "namespace is <p>-<run id>").default("bench"))
    .addOption(
      new Option("--rate <ops>", "target operations (creates + deletes) per second")
        .default(10)
        .argParser(num(0, true)),
    )
    .addOption(
      new Option("--arrivals <d>", "operation arrivals").choices(Object.values(Arrivals)).default("steady"),
    )
    .addOption(
      new Option("--warmup <s>", "seconds of warm-up (not measured)").default(10).argParser(num(0, false)),
    )
    .addOption(new Option("--cruise <s>", "seconds of measured cruise").default(60).argParser(num(0, false)))
    .addOption(
      new Option("--cooldown <s>", "seconds of cool-down (not measured)")
        .default(10)
        .argParser(num(0, false)),
    )
    .addOption(new Option("--threads <n>", "concurrent API workers").default(1).argParser(int(1)))
    .addOption(
      new Option(
        "--num-attachments <n>",
        "total creates (default: enough for the phases at --rate)",
      ).argParser(int(1)),
    )
    .addOption(new Option("--nodes <list>", "comma-separated node names"))
    .addOption(new Option("--node-prefix <p>", "nodes <p>-1 … <p>-K (with --num-nodes, or --hollow)"))
    .addOption(new Option("--num-nodes <k>", "how many --node-prefix nodes").argParser(int(1)))
    .addOption(
      new Option("--node-choice <c>", "how nodes are picked")
        .choices(Object.values(NodeChoice))
        .default("round-robin"),
    )
    .addOption(
      new Option(
        "--ping",
        "test each attachment: its post_create_exec (jetnet-guest-test) moves the interface into a " +
          "guest namespace and pings a ready peer of its network; measures ready→tested. Needs linux-fabric " +
          "agents whose --allowed-programs hold '<dir>/jetnet-guest-test ${ifname} ${netns} ${ipv4}/<prefix> <ipv4>...," +
          "<dir>/jetnet-guest-down ${netns}' (<dir>: --ping-hooks)",
      ).default(false),
    )
    .addOption(
      new Option(
        "--ping-hooks <dir>",
        "with --ping: absolute directory of the guest hooks on the nodes (default: this checkout's hooks/)",
      ),
    )
    .addOption(
      new Option("--hollow <n>", "start N hollow agents (logger fabric) for the run").argParser(int(1)),
    )
    .addOption(
      new Option("--out <prefix>", "write <prefix>.json (summary) and <prefix>.csv (one row per op)"),
    )
    .addOption(
      new Option("--seed <n>", "PRNG seed for arrivals, slots and nodes (default: random)").argParser(int(0)),
    )
    .addOption(new Option("--keep-subnets", "leave the run's subnets in place at the end").default(false));
}

/** Raw commander values (after the arg parsers above). */
export interface BenchFlags {
  numNets: number;
  topNetSize: number;
  exponent: number;
  bias: number;
  subnetsPerNet: number;
  baseAddress: string;
  namespacePrefix: string;
  rate: number;
  arrivals: string;
  warmup: number;
  cruise: number;
  cooldown: number;
  threads: number;
  numAttachments?: number;
  nodes?: string;
  nodePrefix?: string;
  numNodes?: number;
  nodeChoice: string;
  ping: boolean;
  pingHooks?: string;
  hollow?: number;
  out?: string;
  metricsAddr?: string;
  seed?: number;
  keepSubnets: boolean;
}

export function benchConfig(f: BenchFlags, randomSeed: () => number): BenchConfig {
  const baseAddress = parseIPv4(f.baseAddress);
  if (baseAddress === undefined)
    throw new UsageError(`--base-address: "${f.baseAddress}" is not an IPv4 address`);
  const nodes = f.nodes
    ?.split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const n of nodes ?? []) check(() => validateNodeName(n, "--nodes"));
  if (f.nodes !== undefined && (nodes?.length ?? 0) === 0) throw new UsageError("--nodes: no node given");
  if (nodes && f.hollow !== undefined) {
    throw new UsageError("--hollow names its own nodes (<prefix>-1…N): use --node-prefix, not --nodes");
  }
  if (nodes && (f.nodePrefix !== undefined || f.numNodes !== undefined)) {
    throw new UsageError("give either --nodes or --node-prefix/--num-nodes, not both");
  }
  if (!nodes && f.hollow === undefined && (f.nodePrefix === undefined || f.numNodes === undefined)) {
    throw new UsageError(
      "which nodes? give --nodes n1,n2, --node-prefix P with --num-nodes K, or --hollow N",
    );
  }
  if (f.hollow !== undefined && f.numNodes !== undefined && f.numNodes > f.hollow) {
    throw new UsageError(`--num-nodes ${f.numNodes} exceeds the ${f.hollow} hollow agents`);
  }
  if (f.nodePrefix !== undefined) check(() => validateNodeName(`${f.nodePrefix}-1`, "--node-prefix"));
  // The namespace is <prefix>-MMDD-hhmm-NNNN: 15 characters after the prefix.
  check(() => validateNamespace(`${f.namespacePrefix}-0000-0000-0000`, "--namespace-prefix"));
  if (f.warmup + f.cruise + f.cooldown <= 0 && f.numAttachments === undefined) {
    throw new UsageError("nothing to do: give --num-attachments or a positive --warmup/--cruise/--cooldown");
  }
  const pingHooks = pingConfig(f);
  let metricsAddr: ListenAddr | undefined;
  check(() => {
    metricsAddr = parseMetricsAddr(f.metricsAddr ?? "off");
  });
  return {
    numNets: f.numNets,
    topNetSize: f.topNetSize,
    exponent: f.exponent,
    bias: f.bias,
    subnetsPerNet: f.subnetsPerNet,
    baseAddress,
    namespacePrefix: f.namespacePrefix,
    rate: f.rate,
    arrivals: f.arrivals as Arrivals,
    warmupS: f.warmup,
    cruiseS: f.cruise,
    cooldownS: f.cooldown,
    threads: f.threads,
    numAttachments: f.numAttachments,
    nodes,
    nodePrefix: f.nodePrefix,
    numNodes: f.numNodes,
    nodeChoice: f.nodeChoice as NodeChoice,
    ping: f.ping,
    pingHooks,
    hollow: f.hollow,
    out: f.out,
    metricsAddr,
    seed: f.seed ?? randomSeed(),
    keepSubnets: f.keepSubnets,
  };
}

/** --ping's hook directory (absolute), or undefined without --ping. */
function pingConfig(f: BenchFlags): string | undefined {
  if (!f.ping) {
    if (f.pingHooks !== undefined) throw new UsageError("--ping-hooks goes with --ping");
    return undefined;
  }
  if (f.hollow !== undefined) {
    throw new UsageError("--ping needs linux-fabric agents; hollow agents have no datapath to ping through");
  }
  const pingHooks = f.pingHooks?.replace(/\/+$/, "") ?? shippedHookDir();
  if (pingHooks === undefined) {
    throw new UsageError(`--ping: no ${PingHook.Test} hook beside this jetnet; give --ping-hooks <dir>`);
  }
  if (!pingHooks.startsWith("/")) throw new UsageError("--ping-hooks: give an absolute directory");
  return pingHooks;
}

/** The run's node names; hollow agents default to a run-specific prefix so runs never share nodes. */
export function resolveNodes(
  cfg: BenchConfig,
  namespace: string,
): { nodes: string[]; hollowPrefix?: string } {
  if (cfg.nodes) return { nodes: [...cfg.nodes] };
  const prefix = cfg.nodePrefix ?? `${namespace}-node`;
  const count = cfg.numNodes ?? cfg.hollow ?? 0;
  const nodes = Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);
  return cfg.hollow === undefined ? { nodes } : { nodes, hollowPrefix: prefix };
}

/** KOS's run id, `MMDD-hhmm-NNNN`: sortable by start time, unique enough for concurrent runs. */
export function runId(now: Date, random: number): string {
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  return `${p(now.getMonth() + 1)}${p(now.getDate())}-${p(now.getHours())}${p(now.getMinutes())}-${p(Math.floor(random * 10000), 4)}`;
}

function check(fn: () => void): void {
  try {
    fn();
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}
