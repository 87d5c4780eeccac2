import type { NetworkAttachment } from "../codec.js";
import type { EventSource } from "../informer/types.js";

/** Nodes remembered at most; past it the one heard from longest ago is forgotten. */
export const maxNodeHosts = 100_000;

/**
 * Each node's underlay address, as its agent last reported it with an implemented interface.
 * Whoever leases an attachment's address (network's create handler, ipam) stamps it into the
 * status with the address (AttachmentStatus.node_host_ip), so the mapping service can tell the
 * VNI's other nodes about the attachment while its own node creates the interface, instead of
 * after its report.
 *
 * A hint, not a record: each replica learns from what it sees (network: the reports it applies;
 * ipam and mapping: the attachments they follow; mapping maps an attachment stamped with none to
 * its node's host as it learnt it), a node not heard from yet has none (its attachments wait
 * for their reports, as before), and a wrong one (the node's address changed) lasts until the
 * attachment's own report, which names the address peers then use. Bounded by `max` nodes,
 * least recently heard from forgotten first.
 */
export class NodeHosts {
  /** Node → host IP, in the order last heard from (a Map keeps insertion order). */
  private readonly hosts = new Map<string, string>();

  constructor(private readonly max = maxNodeHosts) {}

  /** The node's agent reported an interface implemented with this host IP. */
  learn(node: string, hostIp: string): void {
    if (!node || !hostIp) return;
    this.hosts.delete(node);
    this.hosts.set(node, hostIp);
    if (this.hosts.size > this.max) {
      const oldest = this.hosts.keys().next().value;
      if (oldest !== undefined) this.hosts.delete(oldest);
    }
  }

  /** The node's host IP as last reported ("" if none is known). */
  get(node: string): string {
    return this.hosts.get(node) ?? "";
  }

  get size(): number {
    return this.hosts.size;
  }
}

/** Learns from a cache of attachments: every attachment reported implemented names its node's host. */
export function learnNodeHosts(cache: EventSource<NetworkAttachment>, hosts: NodeHosts): void {
  const learn = (a: NetworkAttachment) => {
    const s = a.status;
    if (s?.hostIp && s.ifName) hosts.learn(a.spec?.node ?? "", s.hostIp);
  };
  cache.addHandlers({ onAdd: (o) => learn(o.value), onUpdate: (_old, o) => learn(o.value) });
}
