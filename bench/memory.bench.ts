/**
 * Agent memory per remote mapping, measured exactly: the structures one agent keeps per remote
 * mapping (its VNI view entry, the fabric reconciler's bookkeeping and the logger fabric's
 * entry) for N mappings, heap measured after forced garbage collections.
 * Run: npm run bench:memory [-- --quick]   (needs node --expose-gc, which the script sets)
 * bench:dissemination reports the same from a live process's heap gauge, garbage included.
 */
import { Registry } from "prom-client";
import { type Mapping, mappingCodec } from "../lib/codec.js";
import { macAddress } from "../lib/net/mac.js";
import { emptyAllowList } from "../services/agent/allowlist.js";
import { LoggerFabric } from "../services/agent/fabric/logger.js";
import { AgentMetrics } from "../services/agent/metrics.js";
import { FabricReconciler } from "../services/agent/reconcile.js";
import { decodeSlimMapping } from "../services/agent/slim.js";

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) {
  console.error("run with node --expose-gc (npm run bench:memory does)");
  process.exit(2);
}
const n = process.argv.includes("--quick") ? 20_000 : 200_000;
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};

const view = new Map<string, Mapping>();
const fabric = await LoggerFabric.open();
const silent = { debug() {}, info() {}, warn() {}, error() {} };
const reconciler = new FabricReconciler({
  node: "me",
  hostIp: "100.64.0.1",
  fabric,
  metrics: new AgentMetrics(new Registry()),
  logger: silent,
  allowedPrograms: emptyAllowList,
  execTimeoutMs: 1000,
  localWork: () => undefined,
  mapping: (_vni, key) => view.get(key),
  desiredAt: () => true,
  relevantSinceUs: () => 0,
  report: async () => {},
  enqueue: () => {},
});

// Realistic values (decoded from the wire as the agent does), then the agent's own path.
const before = heap();
for (let i = 0; i < n; i++) {
  const vni = 1 + (i % 20);
  const ip = 0x0a000002 + i;
  const m: Mapping = {
    vni,
    ip: `10.${(ip >>> 16) & 255}.${(ip >>> 8) & 255}.${ip & 255}`,
    mac: macAddress(vni, ip),
    hostIp: `100.64.${(i >> 8) % 4}.${i % 250}`,
    namespace: "bench-1127-1300-0001",
    name: `a${i}`,
    uid: crypto.randomUUID(),
    sourceRevision: 100_000 + i,
    node: `node-${i % 1000}`,
    clientWriteUs: Date.now() * 1000,
  };
  const key = `${vni}.bench-1127-1300-0001.a${i}`;
  view.set(key, decodeSlimMapping(mappingCodec.encode(m)));
  await reconciler.reconcile(`R:${key}`);
}
const after = heap();
const per = (after - before) / n;
console.log(
  `bench:memory: node ${process.version}, ${n.toLocaleString("en-US")} remote mappings in one agent`,
);
console.log(
  `heap per remote mapping (view + reconciler + logger fabric): ${per.toFixed(0)} B (target <= 1024 B)`,
);
console.log(
  `held: ${reconciler.counts().remote.toLocaleString("en-US")} remote entries, ${view.size.toLocaleString("en-US")} view entries`,
);
