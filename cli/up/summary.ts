import { isAbsolute, relative } from "node:path";
import { locateBinary } from "../../lib/servers/programs.js";
import type { ContextFiles } from "../client/context.js";
import { type DemoResult, demoAttachments, demoNamespace, demoSubnets } from "./demo.js";
import type { StartedServer } from "./servers.js";
import type { StartedService } from "./services.js";

export interface Summary {
  nats: StartedServer;
  /** One redis-server, or the nodes of a local Redis Cluster. */
  redis: readonly StartedServer[];
  /** What the services were given as `--redis`. */
  redisUrl: string;
  services: readonly StartedService[];
  /** Services in the plan that this CLI has no command for yet. */
  skipped: readonly string[];
  demo: DemoResult | undefined;
  dataDir: string;
  available: ReadonlySet<string>;
  /** The CLI context `up` wrote; without it, the commands to try need --nats. */
  context: ContextFiles | undefined;
  say(line: string): void;
}

/**
 * What runs and what to try. The `<name> pid <pid> <url>` lines are a stable format: scripts and
 * the tests parse them to find the servers.
 */
export function printSummary(s: Summary): void {
  const { say } = s;
  for (const server of [s.nats, ...s.redis]) {
    const extra = Object.entries(server.extra).map(([k, v]) => ` ${k} ${v}`);
    say(
      `${server.child.name} pid ${server.child.pid} ${server.url}${extra.join("")} log ${shown(server.child.logFile)}`,
    );
  }
  for (const svc of s.services) {
    const metrics = svc.metricsUrl ? ` metrics ${svc.metricsUrl}/metrics` : "";
    say(`${svc.child.name} pid ${svc.child.pid}${metrics} log ${shown(svc.child.logFile)}`);
  }
  if (s.redis.length > 1) say(`redis ${s.redisUrl}`);
  if (s.skipped.length > 0) say(`not started (no such command in this CLI yet): ${s.skipped.join(", ")}`);
  say(`data in ${shown(s.dataDir)} (delete it for a fresh start)`);

  if (s.demo) {
    const subnets = demoSubnets.map((d) => `${d.meta?.name} (VNI ${d.spec?.vni}, ${d.spec?.cidr})`);
    const nodes = [...new Set(demoAttachments.map((a) => a.spec?.node))].join(", ");
    say(`demo: namespace ${demoNamespace}, subnets ${subnets.join(" and ")}`);
    say(`demo: ${demoAttachments.length} attachments on ${nodes}`);
    if (s.demo.validated.length > 0) say(`demo: validated ${s.demo.validated.join(", ")}`);
    for (const [name, errors] of Object.entries(s.demo.blocked)) {
      say(`demo: ${name} is not validated: ${errors.join("; ") || "no verdict yet"}`);
    }
    const addressed = demoAttachments
      .map((a) => a.meta?.name ?? "")
      .filter((name) => s.demo?.addresses[name] !== undefined)
      .map((name) => `${name} ${s.demo?.addresses[name]}`);
    if (addressed.length > 0) say(`demo: addresses ${addressed.join(", ")}`);
  }

  const cli = `node ${shown(process.argv[1] ?? "bin/jetnet.js")}`;
  // Without a context the CLI would look at the default URL, not necessarily this plane's.
  const flags = s.context ? "" : ` --nats ${s.nats.url}`;
  const demo = s.demo ? demoNamespace : undefined;
  const firstMetrics = s.services.find((svc) => svc.metricsUrl);
  const tips: (readonly [command: string, why: string])[] = [
    [`${cli} get subnets -A${flags}`, "every subnet of every namespace"],
    ...(demo
      ? ([
          [
            `${cli} get attachments -n ${demo} -o wide${flags}`,
            "the demo's attachments, addresses and nodes",
          ],
          [
            `${cli} describe subnet blue -n ${demo}${flags}`,
            "one object in full: spec, status, who wrote what",
          ],
          [
            `${cli} watch attachments -n ${demo}${flags}`,
            "live changes (Ctrl-C stops); in another terminal:",
          ],
          [
            `${cli} create attachment blue-3 --node node-3 --subnet blue -n ${demo}${flags}`,
            "a new attachment: watch it get an address",
          ],
          [`${cli} delete attachment blue-3 -n ${demo}${flags}`, "and remove it"],
        ] as const)
      : ([[`${cli} create subnet web --vni 300 --cidr 10.30.0.0/24${flags}`, "a first subnet"]] as const)),
    ...(firstMetrics
      ? [[`curl ${firstMetrics.metricsUrl}/metrics`, `${firstMetrics.child.name}'s metrics`] as const]
      : []),
    ...(locateBinary("nats")
      ? [[`nats --server ${s.nats.url} micro ls`, "the API as a NATS micro service"] as const]
      : []),
    [`${cli} --help`, "every command"],
    ["npm test", "in another terminal: the tests start their own servers"],
  ];
  const width = Math.max(...tips.map(([c]) => c.length));
  const lines = tips.map(([c, why]) => `  ${c.padEnd(width)}  # ${why}`);
  process.stdout.write(`\nTry:\n${lines.join("\n")}\n\n`);
}

/** A path relative to the current directory when it is below it; absolute otherwise. */
function shown(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" ? "." : rel.startsWith("..") || isAbsolute(rel) ? path : rel;
}
