import type { Msg, Subscription } from "@nats-io/nats-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openVniClaims } from "../../../lib/api/buckets.js";
import { sleep } from "../../../lib/time.js";
import { until } from "../../harness/index.js";
import { type NetworkSystem, startNetworkSystem } from "./system.js";

/**
 * The validator's periodic resync drives the claims of the VNIs it owns from its caches: a claim
 * whose every entry names a subnet the cache shows alive is not read again, and one naming a
 * subnet that is gone (deleted while no replica ran: no event will say so) is reconciled and
 * loses the entry.
 */
const resyncMs = 300;

let sys: NetworkSystem;
beforeAll(async () => {
  sys = await startNetworkSystem({ resyncMs });
});
afterAll(async () => {
  await sys?.stop();
});

/** JetStream API requests about the VNI claims' stream, seen from now on. */
function claimReads(): { readonly subjects: string[]; sub: Subscription } {
  const subjects: string[] = [];
  const sub = sys.nc.subscribe("$JS.API.>", {
    callback: (_err, m: Msg) => {
      if (m.subject.includes("KV_jetnet-vnis")) subjects.push(m.subject);
    },
  });
  return { subjects, sub };
}

describe("claim resync", () => {
  it("reads no live claim again, and removes the entry of a subnet that is gone without any event", async () => {
    const api = sys.client.subnets("resync");
    for (const [i, vni] of [701, 702, 703].entries())
      await api.create({ meta: { name: `s${i}` }, spec: { vni, cidr: `10.7.${i}.0/24` } });
    await until("subnets validated", async () =>
      (await api.list()).items.every((s) => s.value.status?.validated) ? true : undefined,
    );
    await sys.nc.flush();

    // Several resyncs over three live claims: none is read (no list, no get of the bucket).
    const reads = claimReads();
    await sys.nc.flush();
    await sleep(resyncMs * 5);
    await sys.nc.flush();
    reads.sub.unsubscribe();
    expect(reads.subjects).toEqual([]);

    // A claim naming a subnet that does not exist, as a subnet deleted while no replica ran leaves it.
    const claims = await openVniClaims(sys.nc);
    await claims.create("704", {
      namespace: "resync",
      subnets: [{ namespace: "resync", name: "gone", uid: "uid-of-a-deleted-subnet", cidr: "10.7.9.0/24" }],
    });
    await until("the dead entry removed", async () => ((await claims.get("704")) ? undefined : true));
    const removed = (
      await sys.registry.getSingleMetric("jetnet_network_claim_stale_entries_removed_total")?.get()
    )?.values[0]?.value;
    expect(removed).toBe(1);
    // The live claims are untouched.
    for (const vni of ["701", "702", "703"]) expect((await claims.get(vni))?.value.subnets?.length).toBe(1);
  });
});
