import { Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import type { NetworkAttachment, Subnet } from "../../../lib/codec.js";
import type { Lease } from "../../../lib/ipam/leases/types.js";
import type { LeaseStore } from "../../../lib/ipam/leases.js";
import { MemoryStore } from "../../../lib/store/memory.js";
import { LeaseCollector } from "../../../services/ipam/gc.js";
import { IpamMetrics } from "../../../services/ipam/metrics.js";
import { uidLister } from "./uid-lister.js";

/**
 * A sweep judges leases from memory between scan replies; a reply holds up to a thousand. It
 * must let the event loop serve waiting I/O every few hundred, so that one sweep does not hold
 * the process's requests up for tens of milliseconds.
 */
describe("lease garbage collection, sliced", () => {
  it("lets the event loop turn while judging a thousand leases that arrived together", async () => {
    const vni = 7;
    const count = 1_000;
    const owners = new Map<string, NetworkAttachment>();
    const leases: Lease[] = [];
    for (let i = 0; i < count; i++) {
      const name = `a${i}`;
      const ip = 0x0a000000 + i + 1;
      owners.set(name, {
        meta: { namespace: "g", name, uid: name },
        spec: { node: "n1", subnet: "s" },
        status: { ip: `10.0.${(i + 1) >> 8}.${(i + 1) & 255}`, vni },
      });
      leases.push({ vni, ip, owner: name, ref: `g/${name}`, seq: i + 1, since: 0, subnet: "10.0.0.0/16" });
    }
    // One scan reply: every lease at once, no I/O in between.
    const store = {
      async *scanAll() {
        yield* leases;
      },
    } as unknown as LeaseStore;
    const cache = uidLister<NetworkAttachment>((uid) => {
      const value = owners.get(uid);
      return value && { key: `g.${uid}`, value, revision: 1 };
    });
    const collector = new LeaseCollector({
      leases: store,
      attachments: new MemoryStore<NetworkAttachment>("attachments"),
      attachmentCache: cache,
      subnetCache: uidLister<Subnet>(() => undefined),
      metrics: new IpamMetrics(new Registry()),
      graceMs: 0,
      onReleased: () => undefined,
    });
    let turns = 0;
    let counting = true;
    const tick = () => {
      if (!counting) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const released = await collector.sweep(new AbortController().signal);
    counting = false;
    // Every owner's status names its lease: nothing to release, and the loop turned once per
    // slice of 128 (judged in one go, it would not have turned at all).
    expect(released).toBe(0);
    expect(turns).toBeGreaterThanOrEqual(Math.floor(count / 128));
  });
});
