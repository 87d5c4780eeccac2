import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import { FastHistogram } from "../../lib/metrics/fast.js";

/** Fine below 100 ms, where the targets are, so quantiles read from buckets are close. */
const latencyBuckets = [
  0.0025, 0.005, 0.0075, 0.01, 0.015, 0.02, 0.025, 0.03, 0.04, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30,
  60,
];

/**
 * What a remote entry's latency is measured from (KOS's `na` and `na_vn_relevance_trigger`):
 * `attachment`, the mapping's own client write, when this node already needed the VNI then
 * (live dissemination); `vni_relevance`, when the mapping is older than the node's need of the
 * VNI (the node's first local attachment there, or the agent's start): catching up.
 */
export type RemoteTrigger = "attachment" | "vni_relevance";

/**
 * Agent metrics (KOS §6.3 translated), shared by every agent of one process (hollow nodes). The
 * ones observed per fabric entry are FastHistograms: a hollow process observes them for every
 * mapping every agent receives.
 */
export class AgentMetrics {
  readonly writeToLocal: FastHistogram;
  readonly writeToStatus: FastHistogram;
  readonly writeToRemote: FastHistogram<"trigger">;
  /** writeToRemote's two series, resolved once. */
  readonly writeToRemoteBy: Readonly<Record<RemoteTrigger, { observe(v: number): void }>>;
  readonly fabricOps: FastHistogram<"op" | "result">;
  readonly localInterfaces: Gauge;
  readonly remoteInterfaces: Gauge;
  readonly execDuration: Histogram;
  readonly execs: Counter<"exit">;
  readonly resyncs: Counter<"reason">;
  readonly digestChecks: Counter;
  readonly irrelevant: Counter;
  readonly followedVnis: Gauge;
  readonly agents: Gauge;
  readonly syncedAgents: Gauge;
  /** Counts this process's synced agents when the gauge is scraped. */
  countSynced: () => number = () => 0;

  constructor(registry: Registry) {
    const h = (name: string, help: string) =>
      new FastHistogram({ name, help, buckets: latencyBuckets, registers: [registry] });
    this.writeToLocal = h(
      "jetnet_agent_client_write_to_local_ifc_seconds",
      "From the attachment's last client write (server time) to its local interface on the node.",
    );
    this.writeToStatus = h(
      "jetnet_agent_client_write_to_status_seconds",
      "From the attachment's last client write to the agent's status report being accepted.",
    );
    this.writeToRemote = new FastHistogram({
      name: "jetnet_agent_client_write_to_remote_ifc_seconds",
      help:
        "From the attachment's last client write to its remote entry on another node (trigger=attachment), " +
        "or from when that node came to need the VNI, if later (trigger=vni_relevance).",
      labelNames: ["trigger"],
      buckets: latencyBuckets,
      registers: [registry],
    });
    this.writeToRemoteBy = {
      attachment: this.writeToRemote.labels("attachment"),
      vni_relevance: this.writeToRemote.labels("vni_relevance"),
    };
    this.fabricOps = new FastHistogram({
      name: "jetnet_agent_fabric_op_seconds",
      help: "Fabric operation latency by operation and result.",
      labelNames: ["op", "result"],
      buckets: [0.0001, 0.0005, 0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5],
      registers: [registry],
    });
    this.localInterfaces = new Gauge({
      name: "jetnet_agent_local_interfaces",
      help: "Local interfaces programmed, summed over this process's agents.",
      registers: [registry],
    });
    this.remoteInterfaces = new Gauge({
      name: "jetnet_agent_remote_interfaces",
      help: "Remote entries programmed, summed over this process's agents.",
      registers: [registry],
    });
    this.followedVnis = new Gauge({
      name: "jetnet_agent_followed_vnis",
      help: "VNI views followed, summed over this process's agents.",
      registers: [registry],
    });
    this.agents = new Gauge({
      name: "jetnet_agent_agents",
      help: "Agents run by this process (1, or N hollow ones).",
      registers: [registry],
    });
    const metrics = this;
    this.syncedAgents = new Gauge({
      name: "jetnet_agent_synced_agents",
      help: "Agents of this process whose node view has synced (ready).",
      registers: [registry],
      collect() {
        this.set(metrics.countSynced());
      },
    });
    this.execDuration = new Histogram({
      name: "jetnet_agent_exec_seconds",
      help: "Duration of post-create and post-delete exec hooks.",
      buckets: [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60],
      registers: [registry],
    });
    this.execs = new Counter({
      name: "jetnet_agent_execs_total",
      help: "Exec hooks by exit status (a number, or not_allowed).",
      labelNames: ["exit"],
      registers: [registry],
    });
    this.resyncs = new Counter({
      name: "jetnet_agent_view_resyncs_total",
      help: "View re-snapshots by reason (start, reconnect, slow_consumer, digest, gap: a view started from announced entries missed one and took a whole snapshot; gap_partial: took only what changed since, see SnapshotRequest.since).",
      labelNames: ["reason"],
      registers: [registry],
    });
    for (const r of ["start", "reconnect", "slow_consumer", "digest", "gap", "gap_partial"])
      this.resyncs.labels(r).inc(0);
    this.digestChecks = new Counter({
      name: "jetnet_agent_digest_checks_total",
      help: "Digest requests sent to the mapping service (each compares all of an agent's views that have a reason to be compared).",
      registers: [registry],
    });
    this.irrelevant = new Counter({
      name: "jetnet_agent_irrelevant_remote_entries_total",
      help: "Mappings delivered that this node did not need (should stay 0).",
      registers: [registry],
    });
  }

  /** Times a fabric operation. */
  async fabric<T>(op: string, fn: () => Promise<T>): Promise<T> {
    const start = performance.now();
    let result = "error";
    try {
      const r = await fn();
      result = "ok";
      return r;
    } finally {
      this.fabricOps.labels(op, result).observe((performance.now() - start) / 1000);
    }
  }
}
