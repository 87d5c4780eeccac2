import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
/**
 * Every program jetnet runs that npm does not install, where it comes from, and who needs it.
 * `jetnet up`, the test suite's global setup, `jetnet provision` and CI all read this one table,
 * so a newcomer's `npm test` provisions exactly what CI does.
 *
 * To add a program, add a row. To add a new way of getting one (say, a download into a cache
 * directory), add a variant to `Source` and its case in `provision.ts` (`installPlan`).
 */

/** Who needs a program: `up` (a local plane), `fabric` (`up --fabric linux`), `tests` (`npm test`). */
export const Need = { Up: "up", Fabric: "fabric", Tests: "tests" } as const;
export type Need = (typeof Need)[keyof typeof Need];

/** Where a program comes from. */
export type Source = {
  readonly kind: "apt";
  /** The Debian/Ubuntu package that ships it. */
  readonly package: string;
};

export interface Requirement {
  /** The executable's file name, looked up on PATH and in the usual system directories. */
  readonly binary: string;
  readonly source: Source;
  readonly neededBy: readonly Need[];
  /** What it is for, shown when it is missing. */
  readonly why: string;
  /** Where to get it on systems without apt-get. */
  readonly elsewhere?: string;
}

const apt = (pkg: string): Source => ({ kind: "apt", package: pkg });

export const requirements: readonly Requirement[] = [
  {
    binary: "nats-server",
    source: apt("nats-server"),
    neededBy: [Need.Up, Need.Tests],
    why: "JetStream: every object and watch stream",
    elsewhere: "https://docs.nats.io/running-a-nats-service/introduction/installation",
  },
  {
    binary: "redis-server",
    source: apt("redis-server"),
    neededBy: [Need.Up, Need.Tests],
    why: "the IP address leases",
    elsewhere: "https://redis.io/docs/latest/operate/oss_and_stack/install/",
  },
  {
    binary: "redis-cli",
    source: apt("redis-tools"),
    // `up --redis-cluster` uses it too; Debian's redis-server package pulls it in.
    neededBy: [Need.Tests],
    why: "creates the Redis Clusters of the Cluster tests and of `up --redis-cluster`",
    elsewhere: "https://redis.io/docs/latest/operate/oss_and_stack/install/",
  },
  {
    binary: "redis-sentinel",
    source: apt("redis-sentinel"),
    neededBy: [Need.Tests],
    why: "the Sentinel failover tests run three sentinels",
    elsewhere: "https://redis.io/docs/latest/operate/oss_and_stack/install/",
  },
  {
    binary: "ip",
    source: apt("iproute2"),
    neededBy: [Need.Fabric, Need.Tests],
    why: "network namespaces, VXLAN devices and bridges of the linux fabric",
  },
  {
    binary: "bridge",
    source: apt("iproute2"),
    neededBy: [Need.Fabric, Need.Tests],
    why: "the linux fabric's forwarding entries",
  },
  {
    binary: "ping",
    source: apt("iputils-ping"),
    neededBy: [Need.Tests],
    why: "the datapath tests and `bench --ping` ping between guests",
  },
  {
    binary: "prometheus",
    source: apt("prometheus"),
    neededBy: [Need.Tests],
    why: "the observability test evaluates every dashboard panel and alert",
    elsewhere: "https://prometheus.io/download/",
  },
  {
    binary: "promtool",
    source: apt("prometheus"),
    neededBy: [Need.Tests],
    why: "checks the scrape configuration and alert rules",
    elsewhere: "https://prometheus.io/download/",
  },
];

/** The rows that any of `needs` needs, in table order. */
export function requirementsFor(needs: readonly Need[]): Requirement[] {
  return requirements.filter((r) => r.neededBy.some((n) => needs.includes(n)));
}

/** The row of `binary`; every program jetnet runs has one. */
export function requirementOf(binary: string): Requirement | undefined {
  return requirements.find((r) => r.binary === binary);
}

/** How a person gets `r` by hand, e.g. `the Debian package "iputils-ping"`. */
export function describeSource(r: Requirement): string {
  switch (r.source.kind) {
    case "apt":
      return `the Debian package "${r.source.package}"`;
  }
}

// Debian puts nats-server in /usr/sbin, which is not on a normal user's PATH.
const extraDirs = ["/usr/sbin", "/usr/bin", "/usr/local/bin", "/usr/local/sbin", "/sbin"];

/** The absolute path of an executable `name` on PATH or in the usual system dirs. */
export function locateBinary(name: string, dirs = searchDirs()): string | undefined {
  for (const dir of dirs) {
    const candidate = join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

function searchDirs(): string[] {
  return [...(process.env.PATH ?? "").split(delimiter).filter(Boolean), ...extraDirs];
}
