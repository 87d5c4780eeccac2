import { join } from "node:path";
import { Child } from "../../lib/servers/process.js";
import { prefixWidth } from "./servers.js";

/** What the service list is computed from. */
export interface PlaneOptions {
  /** Hollow agents to simulate (nodes node-1..N); 0 runs no agent. */
  agents: number;
  fabric: Fabric;
}

export const Fabric = { Logger: "logger", Linux: "linux" } as const;
export type Fabric = (typeof Fabric)[keyof typeof Fabric];

/** One jetnet service as `jetnet up` runs it: `jetnet <name> <common flags> <args>`, `replicas` times. */
export interface ServiceEntry {
  /** The `jetnet` subcommand, also the name in output and log files. */
  name: string;
  args: readonly string[];
  /** Pass `--redis`. */
  needsRedis: boolean;
  /** 0 skips the service. */
  replicas: number;
  /** Said after the name when it starts (what else runs in the process). */
  about?: string;
}

/**
 * The control plane, in start order: each service's buckets exist before the next one watches
 * them. Adding a service is one line here; one whose command the CLI does not (yet) have is
 * skipped with a note, so this list can run ahead of the code.
 */
export function planeServices(o: PlaneOptions): ServiceEntry[] {
  return [
    // With Redis, network leases each attachment's address within its create (one write fewer),
    // and it runs ipam and mapping on its own watches (each attachment write is delivered to two
    // processes fewer). `jetnet ipam` and `jetnet mapping` run them as services of their own
    // instead (see the README's deployment notes).
    {
      name: "network",
      args: ["--ipam", "--mapping"],
      needsRedis: true,
      replicas: 1,
      about: "with ipam and mapping inside",
    },
    // Logger fabric: one process simulates N nodes (node-1 … node-N). Linux fabric: this host is
    // one real node, node-1, with its VXLAN endpoint on the loopback address (root only).
    {
      name: "agent",
      args:
        o.fabric === Fabric.Linux
          ? ["--node", "node-1", "--host-ip", "127.0.0.1", "--fabric", "linux"]
          : ["--hollow", String(o.agents), "--hollow-prefix", "node", "--fabric", o.fabric],
      needsRedis: false,
      replicas: o.agents > 0 ? 1 : 0,
    },
  ];
}

/** A running jetnet service process. */
export interface StartedService {
  child: Child;
  /** The base URL of its /metrics, /healthz, /readyz server, from its log. */
  metricsUrl: string | undefined;
}

export interface StartServiceOptions {
  /** The script that runs the jetnet CLI (bin/jetnet.js, or dist/cli/main.js). */
  entry: string;
  /** Node flags this process runs under (e.g. a loader), so children run the same way. */
  execArgv: readonly string[];
  natsUrl: string;
  redisUrl: string;
  logDir: string;
  verbose: boolean;
  signal: AbortSignal;
  /** Called as soon as a process exists, so shutdown covers it even if it never gets ready. */
  onSpawn(child: Child): void;
}

// tsx compiles the sources on the first start, and a service syncs its informers before "ready".
const readyTimeoutMs = 60_000;

/** Starts every replica of `entry` and resolves once each has logged `"msg":"ready"`. */
export async function startService(entry: ServiceEntry, o: StartServiceOptions): Promise<StartedService[]> {
  const started = await Promise.all(
    Array.from({ length: entry.replicas }, async (_, i) => {
      const name = entry.replicas > 1 ? `${entry.name}-${i + 1}` : entry.name;
      const args = [
        ...o.execArgv,
        o.entry,
        entry.name,
        "--nats",
        o.natsUrl,
        ...(entry.needsRedis ? ["--redis", o.redisUrl] : []),
        // Port 0 and read the real one from the log: no race with other programs for a port.
        "--metrics-addr",
        "127.0.0.1:0",
        "--name",
        name,
        ...entry.args,
      ];
      const child = await Child.spawn({
        name,
        command: process.execPath,
        args,
        logFile: join(o.logDir, `${name}.log`),
        echo: o.verbose,
        detached: true,
        prefixWidth,
      });
      o.onSpawn(child);
      let metricsUrl: string | undefined;
      await child.waitForLine(
        "ready",
        (line) => {
          const rec = parseLogLine(line);
          if (rec?.msg === "serving /metrics, /healthz, /readyz" && typeof rec.url === "string") {
            metricsUrl = rec.url;
          }
          return rec?.msg === "ready" ? true : undefined;
        },
        readyTimeoutMs,
        o.signal,
      );
      return { child, metricsUrl };
    }),
  );
  return started;
}

/** A pino JSON line as an object; undefined for anything else (a stack trace, a tsx warning). */
function parseLogLine(line: string): Record<string, unknown> | undefined {
  if (!line.startsWith("{")) return undefined;
  try {
    const v: unknown = JSON.parse(line);
    return typeof v === "object" && v !== null ? (v as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
