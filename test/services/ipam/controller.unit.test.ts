import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { objectKey } from "../../../lib/api/subjects.js";
import type { NetworkAttachment, Subnet } from "../../../lib/codec.js";
import type { Lister } from "../../../lib/informer/types.js";
import type { LeaseStore } from "../../../lib/ipam/leases.js";
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
});
