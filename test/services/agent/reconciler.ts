import { Registry } from "prom-client";
import { emptyAllowList } from "../../../services/agent/allowlist.js";
import { AgentMetrics } from "../../../services/agent/metrics.js";
import { FabricReconciler, type ReconcilerDeps } from "../../../services/agent/reconcile.js";

export const silent = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * A FabricReconciler for unit tests: node n1 at 100.64.0.1, metrics of its own, no hook allowed,
 * no local work and no mapping, every need known, reports and enqueues dropped; `deps` replaces
 * any of it (the fabric is the test's).
 */
export function testReconciler(
  deps: Partial<ReconcilerDeps> & Pick<ReconcilerDeps, "fabric">,
): FabricReconciler {
  return new FabricReconciler({
    node: "n1",
    hostIp: "100.64.0.1",
    metrics: new AgentMetrics(new Registry()),
    logger: silent,
    allowedPrograms: emptyAllowList,
    execTimeoutMs: 5000,
    localWork: () => undefined,
    mapping: () => undefined,
    desiredAt: () => true,
    relevantSinceUs: () => 0,
    report: async () => {},
    enqueue: () => {},
    ...deps,
  });
}
