import { Counter, Gauge, Histogram, type Registry } from "prom-client";

/** The ipam service's metrics (KOS §6 translated to jetnet names). */
export class IpamMetrics {
  readonly createToAddress: Histogram<"contention">;
  readonly leaseOps: Histogram<"op" | "result">;
  readonly contention: Counter;
  readonly gcReleases: Counter<"reason">;
  readonly recoveries: Counter<"scope">;
  readonly reassertFailures: Counter;
  readonly waiting: Gauge;
  readonly orphanLeases: Gauge;

  constructor(registry: Registry) {
    this.createToAddress = new Histogram({
      name: "jetnet_ipam_create_to_address_seconds",
      help: "From the attachment's spec write (server time) to its address status write.",
      labelNames: ["contention"],
      buckets: [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers: [registry],
    });
    // Both series from the start: with network leasing within creates, ipam may write no address
    // for a long time, and a dashboard should show an empty histogram rather than "no data".
    for (const c of ["false", "true"]) this.createToAddress.zero({ contention: c });
    this.leaseOps = new Histogram({
      name: "jetnet_ipam_lease_op_seconds",
      help: "Redis lease operation latency by operation and result.",
      labelNames: ["op", "result"],
      buckets: [0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers: [registry],
    });
    this.contention = new Counter({
      name: "jetnet_ipam_address_contention_total",
      help: "Allocations that found no free address (or a taken static address) and had to wait.",
      registers: [registry],
    });
    this.gcReleases = new Counter({
      name: "jetnet_ipam_gc_releases_total",
      help: "Leases released by garbage collection, by reason (owner_gone, owner_moved).",
      labelNames: ["reason"],
      registers: [registry],
    });
    for (const r of ["owner_gone", "owner_moved"]) this.gcReleases.labels(r).inc(0);
    this.recoveries = new Counter({
      name: "jetnet_ipam_recoveries_total",
      help: "Lease recoveries after Redis lost data, by scope (vni, all).",
      labelNames: ["scope"],
      registers: [registry],
    });
    for (const s of ["vni", "all"]) this.recoveries.labels(s).inc(0);
    this.reassertFailures = new Counter({
      name: "jetnet_ipam_reassert_failures_total",
      help: "Addresses that could not be re-asserted after data loss (the attachment gets a new one).",
      registers: [registry],
    });
    this.orphanLeases = new Gauge({
      name: "jetnet_ipam_orphan_leases",
      help: "Leases that looked orphaned at the last garbage-collection sweep (released after the grace).",
      registers: [registry],
    });
    this.waiting = new Gauge({
      name: "jetnet_ipam_waiting_attachments",
      help: "Attachments waiting for an address to free up.",
      registers: [registry],
    });
  }

  /** Times a lease operation, labelling it with the result `classify` derives. */
  async time<T>(op: string, fn: () => Promise<T>, classify: (r: T) => string = () => "ok"): Promise<T> {
    const end = this.leaseOps.startTimer({ op });
    try {
      const r = await fn();
      end({ result: classify(r) });
      return r;
    } catch (err) {
      end({ result: "error" });
      throw err;
    }
  }
}
