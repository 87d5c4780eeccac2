import { Counter, Gauge, Histogram, Registry } from "prom-client";
import { Phase } from "./schedule.js";

/** Latency buckets (s): from a fast local plane (ms) to an overloaded one (minutes). */
const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 16, 32, 64, 128, 256];

export const OpKind = { Create: "create", Delete: "delete" } as const;
export type OpKind = (typeof OpKind)[keyof typeof OpKind];

export const OpResult = { Ok: "ok", Error: "error" } as const;
export type OpResult = (typeof OpResult)[keyof typeof OpResult];

/**
 * The driver's own Prometheus metrics (`jetnet_driver_*`). Latencies are observed when the
 * watch event arrives, labelled with the phase of the operation, so a dashboard shows warm-up
 * and cool-down too while the final table counts cruise only.
 */
export class DriverMetrics {
  readonly registry = new Registry();
  readonly createToAddressed: Histogram<"phase">;
  readonly createToReady: Histogram<"phase">;
  readonly readyToTested: Histogram<"phase">;
  readonly readyToHalfTested: Histogram<"phase">;
  readonly deleteLatency: Histogram<"phase">;
  readonly ops: Counter<"op" | "result">;
  readonly lateOps: Counter;
  readonly population: Gauge;

  constructor() {
    const registers = [this.registry];
    const histogram = (name: string, help: string) =>
      new Histogram({ name: `jetnet_driver_${name}`, help, labelNames: ["phase"], buckets, registers });
    this.createToAddressed = histogram(
      "create_to_addressed_seconds",
      "From sending the create to the first watch event with status.ip set",
    );
    this.createToReady = histogram(
      "create_to_ready_seconds",
      "From sending the create to the first watch event with status.if_name and host_ip set",
    );
    this.readyToTested = histogram(
      "ready_to_tested_seconds",
      "--ping: from ready to the post-create exec report of a test that pinged a peer",
    );
    this.readyToHalfTested = histogram(
      "ready_to_half_tested_seconds",
      "--ping: from ready to the post-create exec report of a test with no peer to ping (guest set up only)",
    );
    this.deleteLatency = histogram(
      "delete_seconds",
      "From sending the delete to the watch event confirming the deletion",
    );
    this.ops = new Counter({
      name: "jetnet_driver_ops_total",
      help: "API operations by kind and result",
      labelNames: ["op", "result"],
      registers,
    });
    this.lateOps = new Counter({
      name: "jetnet_driver_late_ops_total",
      help: "Operations started more than 100 ms after their scheduled time",
      registers,
    });
    this.population = new Gauge({
      name: "jetnet_driver_population",
      help: "Attachments created and not yet seen deleted",
      registers,
    });
    // Every series exists from the start, so rate() and absent() work from the first scrape.
    for (const op of Object.values(OpKind)) {
      for (const result of Object.values(OpResult)) this.ops.inc({ op, result }, 0);
    }
    for (const h of [
      this.createToAddressed,
      this.createToReady,
      this.readyToTested,
      this.readyToHalfTested,
      this.deleteLatency,
    ]) {
      for (const phase of Object.values(Phase)) h.zero({ phase });
    }
  }
}
