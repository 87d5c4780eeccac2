import type { StreamInfo } from "@nats-io/jetstream";
import type { NatsConnection } from "@nats-io/nats-core";
import { compare, parseSemVer } from "@nats-io/nats-core/internal";

/**
 * What jetnet needs to know about the nats-server release it talks to. Read once, from the
 * server info the connection received when it connected, and passed to the code that depends on
 * it. Each field names one behaviour that differs between the releases jetnet supports (2.9 is
 * the floor, current releases are what deployments run) and the release it came with; code
 * branches on these fields, never on version numbers of its own.
 */
export interface ServerTraits {
  /** The version the server reports, e.g. "2.10.27" ("unknown" before any connection). */
  readonly version: string;
  /**
   * nats-server 2.10 answers a stream info on a standalone server (no cluster) with a cluster
   * section naming that server as the stream's leader; 2.9 leaves the section out. Consumer
   * infos of a standalone server carry no cluster section in either release.
   */
  readonly standaloneStreamHasLeader: boolean;
  /**
   * `jetstream { sync_interval: always | <duration> }` (when the file store fsyncs) exists from
   * nats-server 2.10; 2.9 fsyncs every 2 minutes and has no setting for it.
   */
  readonly syncInterval: boolean;
}

const release210 = parseSemVer("2.10.0");

/**
 * The traits of a server release, from its version as the server info carries it ("2.10.27") or
 * as `nats-server --version` prints it ("nats-server: v2.10.27"). An unreadable version gets the
 * floor's traits.
 */
export function traitsOf(version: string | undefined): ServerTraits {
  const v210 = version !== undefined && atLeast(version, release210);
  return {
    version: version?.match(/\d+\.\d+\.\d+\S*/)?.[0] ?? "unknown",
    standaloneStreamHasLeader: v210,
    syncInterval: v210,
  };
}

/** The traits of the server `nc` is connected to now (read it once, when a component starts). */
export function serverTraits(nc: NatsConnection): ServerTraits {
  return traitsOf(nc.info?.version);
}

function atLeast(version: string, floor: ReturnType<typeof parseSemVer>): boolean {
  try {
    return compare(parseSemVer(version), floor) >= 0;
  } catch {
    return false;
  }
}

/**
 * The server leading a stream's replicas, or undefined when the stream is not clustered and its
 * consumers are where it is. A stream on a standalone 2.10 server names its server as leader
 * while that server's consumers name none (see `standaloneStreamHasLeader`): comparing the two
 * would find every consumer away from its leader. A clustered stream's info names its cluster.
 */
export function streamLeader(si: StreamInfo, traits: ServerTraits): string | undefined {
  const cluster = si.cluster;
  if (traits.standaloneStreamHasLeader && !cluster?.name) return undefined;
  return cluster?.leader;
}
