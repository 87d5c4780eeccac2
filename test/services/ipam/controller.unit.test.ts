import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { objectKey } from "../../../lib/api/subjects.js";
import type { NetworkAttachment, Subnet } from "../../../lib/codec.js";
import type { Lister } from "../../../lib/informer/types.js";
import type { LeaseStore } from "../../../lib/ipam/leases.js";
import { learnNodeHosts, NodeHosts } from "../../../lib/ipam/node-hosts.js";
import { MemoryStore } from "../../../lib/store/memory.js";
import type { ObjectStore, Versioned } from "../../../lib/store/types.js";
import { AddressController } from "../../../services/ipam/controller.js";
import { IpamMetrics } from "../../../services/ipam/metrics.js";

// The address controller's waiting, without servers: an attachment whose VNI Redis does not yet
// know as intact is woken when that VNI's recovery ends, not only by its fallback requeue
// (controller.int.test.ts drives the whole loop against real servers).

const vni = 4100;
const subnet: Subnet = {
  meta: { namespace: "t1", name: "web", uid: "s-1" },
  spec: { vni, cidr: "10.1.0.0/24" },
  status: { validated: true },
};
const attachment: NetworkAttachment = {
  meta: { namespace: "t1", name: "a", uid: "a-1" },
  spec: { node: "n1", subnet: "web" },
};

function lister<T>(items: Versioned<T>[]): Lister<T> {
  return {
    get: (key) => items.find((i) => i.key === key),
    list: () => items,
    byIndex: () => [],
    indexValues: () => [],
    hasSynced: () => true,
  };
}

describe("AddressController", () => {
  it("an allocation refused while its VNI is recovered waits for the recovery's end as well as requeueing", async () => {
    const key = objectKey("t1", "a");
    const enqueued: string[] = [];
    const recovering: number[] = [];
    const leases = {
      allocate: async () => ({ ok: false as const, reason: "recovering" as const }),
    } as unknown as LeaseStore;
    const controller = new AddressController({
      leases,
      attachments: {} as ObjectStore<NetworkAttachment>,
      attachmentCache: lister([{ key, value: attachment, revision: 1 }]),
      subnetCache: lister([{ key: objectKey("t1", "web"), value: subnet, revision: 1 }]),
      metrics: new IpamMetrics(new Registry()),
      enqueue: (k) => enqueued.push(k),
      recoverVni: (v) => recovering.push(v),
      abandonMs: 5_000,
    });

    expect(await controller.reconcile(key)).toEqual({ requeueAfterMs: 250 });
    expect(recovering).toEqual([vni]);
    expect(enqueued).toEqual([]);
    // The recovery ends (the service wires onRecovered to wakeWaiters): the attachment goes at once.
    controller.wakeWaiters(vni);
    expect(enqueued).toEqual([key]);
    // Woken once: a second end of recovery finds nobody waiting.
    controller.wakeWaiters(vni);
    expect(enqueued).toEqual([key]);
  });

  it("writes the address with the node's host IP learnt from the node's implemented attachments", async () => {
    const key = objectKey("t1", "a");
    const store = new MemoryStore<NetworkAttachment>("attachments");
    const revision = await store.create(key, attachment);
    // The cache the ipam service learns from: another attachment of n1, reported implemented.
    const handlers: { onAdd?: (o: Versioned<NetworkAttachment>) => void }[] = [];
    const hosts = new NodeHosts();
    learnNodeHosts({ addHandlers: (h) => handlers.push(h) }, hosts);
    const implemented = (node: string, hostIp: string, ifName: string): Versioned<NetworkAttachment> => ({
      key: objectKey("t1", `${node}-peer`),
      revision: 9,
      value: {
        meta: { namespace: "t1", name: "peer" },
        spec: { node },
        status: { ip: "10.1.0.9", hostIp, ifName },
      },
    });
    for (const h of handlers) {
      h.onAdd?.(implemented("n1", "100.64.1.1", "jn-peer"));
      // Reported without an interface: no address to learn.
      h.onAdd?.(implemented("n2", "100.64.2.1", ""));
    }
    expect([hosts.get("n1"), hosts.get("n2")]).toEqual(["100.64.1.1", ""]);
    const leases = {
      allocate: async () => ({ ok: true as const, ip: 0x0a010005, seq: 3, reused: false }),
    } as unknown as LeaseStore;
    const controller = new AddressController({
      leases,
      attachments: store,
      attachmentCache: lister([{ key, value: attachment, revision }]),
      subnetCache: lister([{ key: objectKey("t1", "web"), value: subnet, revision: 1 }]),
      metrics: new IpamMetrics(new Registry()),
      enqueue: () => undefined,
      recoverVni: () => undefined,
      abandonMs: 5_000,
      hostOf: (node) => hosts.get(node),
    });
    expect(await controller.reconcile(key)).toBeUndefined();
    const stored = await store.get(key);
    expect(stored?.value.status).toMatchObject({
      ip: "10.1.0.5",
      vni,
      leaseSeq: 3,
      nodeHostIp: "100.64.1.1",
    });
  });
});

describe("NodeHosts", () => {
  it("keeps each node's latest host IP, forgetting the node heard from longest ago past its bound", () => {
    const hosts = new NodeHosts(2);
    hosts.learn("n1", "100.64.0.1");
    hosts.learn("n2", "100.64.0.2");
    hosts.learn("n1", "100.64.0.11");
    // n1 was heard from last: n2 goes.
    hosts.learn("n3", "100.64.0.3");
    expect([hosts.get("n1"), hosts.get("n2"), hosts.get("n3"), hosts.size]).toEqual([
      "100.64.0.11",
      "",
      "100.64.0.3",
      2,
    ]);
    hosts.learn("", "100.64.0.4");
    hosts.learn("n4", "");
    expect(hosts.size).toBe(2);
  });
});
