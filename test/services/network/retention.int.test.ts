import { jetstreamManager } from "@nats-io/jetstream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Session } from "../../../cli/client/connect.js";
import { readHistory } from "../../../cli/client/history.js";
import { Bucket, Kind } from "../../../lib/api/subjects.js";
import type { NetworkAttachment, Subnet } from "../../../lib/codec.js";
import { natsServerVersion } from "../../harness/index.js";
import { type NetworkSystem, startNetworkSystem } from "./system.js";

/** Short retentions, so that the test sees records go; the service compacts every second. */
const retention = { deletedRetentionMs: 3_000, tombstoneRetentionMs: 1_500 };
const history = 5;

let sys: NetworkSystem;

beforeAll(async () => {
  sys = await startNetworkSystem({ resyncMs: 1000, retention });
});
afterAll(async () => {
  await sys?.stop();
});

const subnet = (name: string, vni: number): Subnet => ({
  meta: { name },
  spec: { vni, cidr: "10.1.0.0/24" },
});
const attachment = (name: string, n: number): NetworkAttachment => ({
  meta: { name },
  spec: { node: "worker-1", subnet: "s1", ip: `10.1.0.${(n % 250) + 2}` },
});

async function records(bucket: string): Promise<number> {
  const jsm = await jetstreamManager(sys.nc);
  return (await jsm.streams.info(`KV_${bucket}`)).state.messages;
}

/** Waits until `check` holds, up to `ms`; returns whether it did. */
async function eventually(check: () => Promise<boolean>, ms = 20_000): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

describe(`retention of deleted objects in the network service (nats-server ${natsServerVersion()})`, () => {
  it("after churn, buckets hold live objects × history at most; a recent delete keeps its history; a re-created object survives", async () => {
    const ns = "churn";
    const { client } = sys;
    await client.subnets(ns).create(subnet("s1", 300));
    const live = 10;
    const churned = 150;
    for (let i = 0; i < live + churned; i++) {
      const a = await client.attachments(ns).create(attachment(`a${i}`, i));
      await client.attachments(ns).update(a.value, a.revision);
      if (i >= live) await client.attachments(ns).delete(`a${i}`);
    }
    // Right after the delete, `jetnet history` still shows the object's whole life.
    const session = { nc: sys.nc, settings: {} } as unknown as Pick<Session, "nc" | "settings">;
    const last = `a${live + churned - 1}`;
    const recent = await readHistory(session, Kind.Attachments, ns, last);
    expect(recent.map((e) => e.operation)).toEqual(["PUT", "PUT", "DEL"]);

    // Subnets come and go too, and with them their VNI claims.
    for (let i = 0; i < 20; i++) {
      await client.subnets(ns).create(subnet(`gone${i}`, 400 + i));
      await client.subnets(ns).delete(`gone${i}`);
    }

    // Deleted and created again, straight away: whatever compaction does, the new one stays.
    await client.attachments(ns).create(attachment("a0x", 0));
    await client.attachments(ns).delete("a0x");
    await client.attachments(ns).create(attachment("a0x", 0));

    // After both retentions: no record of a deleted object is left.
    const bound = (live + 1) * history;
    const compacted = await eventually(async () => (await records(Bucket.Attachments)) <= bound);
    expect(await records(Bucket.Attachments)).toBeLessThanOrEqual(bound);
    expect(compacted).toBe(true);
    expect(
      await eventually(
        async () => (await records(Bucket.Subnets)) <= history && (await records(Bucket.Vnis)) <= 1,
      ),
    ).toBe(true);
    // The tombstone goes last.
    const gone = await eventually(
      async () => (await readHistory(session, Kind.Attachments, ns, last)).length === 0,
    );
    expect(gone).toBe(true);

    // Compaction took the records from the list cache's watch instead of reading them again:
    // beyond the first full scan, hardly any read (a record the watch had not received yet when
    // a pass began is read).
    const taken = async (scan: string) =>
      (await sys.registry.getSingleMetric("jetnet_store_compaction_read_records_total")?.get())?.values.find(
        (v) => v.labels.bucket === Bucket.Attachments && v.labels.scan === scan,
      )?.value ?? 0;
    const observed = await taken("observed");
    const incremental = await taken("incremental");
    console.log(`attachments compaction: ${observed} records observed, ${incremental} read incrementally`);
    expect(observed).toBeGreaterThan((live + churned) * 2);
    expect(incremental).toBeLessThan(observed / 4);
    // One full scan, the first pass's: nothing since called for another.
    const outcomes = Object.fromEntries(
      ((await sys.registry.getSingleMetric("jetnet_store_compaction_checks_total")?.get())?.values ?? [])
        .filter((v) => v.labels.bucket === Bucket.Attachments)
        .map((v) => [v.labels.outcome, v.value]),
    );
    expect(outcomes).toEqual({ scan_start: 1 });

    const names = (await client.attachments(ns).list()).items.map((x) => x.value.meta?.name).sort();
    expect(names).toEqual([...[...Array(live).keys()].map((i) => `a${i}`), "a0x"].sort());
    expect((await client.attachments(ns).get("a0x")).value.spec?.ip).toBe("10.1.0.2");
  });
});
