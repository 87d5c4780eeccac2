import { describe, expect, it } from "vitest";
import { parseIPv4 } from "../../../lib/net/cidr.js";
import { interfaceName, macAddress } from "../../../lib/net/mac.js";
import {
  type Fabric,
  FabricConflictError,
  type LocalEntry,
  type RemoteEntry,
} from "../../../services/agent/fabric/types.js";

/** How the contract suite gets a fabric; `open` twice on one `state` must find the same datapath. */
export interface FabricUnderTest {
  /** A fresh, empty datapath per test; the returned state is passed back to reopen it. */
  fresh(): Promise<{ fabric: Fabric; state: unknown }>;
  /** Opens the datapath of `state` again, as an agent restarted after a crash would. */
  reopen(state: unknown): Promise<Fabric>;
  /** Removes what `fresh` created. */
  cleanup(state: unknown): Promise<void>;
}

/**
 * A local entry as the agent builds one: MAC and interface name derived from (VNI, IP), which a
 * fabric may rely on (the linux fabric names its devices after the MAC and reads (VNI, IP) back
 * from them).
 */
const local = (vni: number, ip: string, owner?: string): LocalEntry => {
  const n = parseIPv4(ip) ?? 0;
  return {
    vni,
    ip,
    mac: macAddress(vni, n),
    ifName: interfaceName(vni, n),
    ...(owner !== undefined ? { owner } : {}),
  };
};
/** A remote entry as the agent receives one from a mapping: its MAC, too, derived from (VNI, IP). */
const remote = (vni: number, ip: string, host = "192.168.0.2"): RemoteEntry => ({
  vni,
  ip,
  mac: macAddress(vni, parseIPv4(ip) ?? 0),
  hostIp: host,
});

const byId = (a: { vni: number; ip: string }, b: { vni: number; ip: string }) =>
  a.vni - b.vni || a.ip.localeCompare(b.ip);

/**
 * The Fabric contract (services/agent/fabric/types.ts), for every fabric: (VNI, IP) unique across
 * local and remote entries, idempotent creates and deletes, `list` reflecting the datapath, and
 * the datapath (owners included) surviving a reopen. A create of the same kind with other
 * attributes at a held (VNI, IP) is left to each fabric's own tests: the contract leaves it open.
 */
export function fabricContract(name: string, under: FabricUnderTest): void {
  describe(`Fabric contract: ${name}`, () => {
    const withFabric = (fn: (f: Fabric, state: unknown) => Promise<void>) => async () => {
      const { fabric, state } = await under.fresh();
      try {
        await fn(fabric, state);
      } finally {
        await fabric.close();
        await under.cleanup(state);
      }
    };

    it(
      "starts empty",
      withFabric(async (f) => {
        expect(await f.listLocal()).toEqual([]);
        expect(await f.listRemote()).toEqual([]);
      }),
    );

    it(
      "lists what was created and forgets what was deleted",
      withFabric(async (f) => {
        const l1 = local(10, "10.0.0.1");
        const l2 = local(11, "10.0.0.1", "uid-2"); // same IP, other VNI: a different entry
        const r1 = remote(10, "10.0.0.2");
        const r2 = remote(12, "10.9.0.7", "192.168.0.3");
        await f.createLocal(l1);
        await f.createLocal(l2);
        await f.createRemote(r1);
        await f.createRemote(r2);
        expect((await f.listLocal()).sort(byId)).toEqual([l1, l2]);
        expect((await f.listRemote()).sort(byId)).toEqual([r1, r2]);
        await f.deleteLocal(l1);
        await f.deleteRemote(r2);
        expect(await f.listLocal()).toEqual([l2]);
        expect(await f.listRemote()).toEqual([r1]);
      }),
    );

    it(
      "creates idempotently: an identical entry again changes nothing",
      withFabric(async (f) => {
        const l = local(20, "10.0.0.1");
        const r = remote(20, "10.0.0.2");
        await f.createLocal(l);
        await f.createLocal({ ...l });
        await f.createRemote(r);
        await f.createRemote({ ...r });
        expect(await f.listLocal()).toEqual([l]);
        expect(await f.listRemote()).toEqual([r]);
      }),
    );

    it(
      "deletes idempotently: a missing entry, or one deleted twice, is no error",
      withFabric(async (f) => {
        const l = local(30, "10.0.0.1");
        const r = remote(30, "10.0.0.2");
        await f.deleteLocal(l);
        await f.deleteRemote(r);
        await f.createLocal(l);
        await f.createRemote(r);
        await f.deleteLocal(l);
        await f.deleteLocal(l);
        await f.deleteRemote(r);
        await f.deleteRemote(r);
        expect(await f.listLocal()).toEqual([]);
        expect(await f.listRemote()).toEqual([]);
      }),
    );

    it(
      "keeps (VNI, IP) unique across local and remote entries",
      withFabric(async (f) => {
        const l = local(40, "10.0.0.1");
        const r = remote(40, "10.0.0.1");
        await f.createLocal(l);
        await expect(f.createRemote(r)).rejects.toBeInstanceOf(FabricConflictError);
        await f.createRemote(remote(40, "10.0.0.2"));
        await expect(f.createLocal(local(40, "10.0.0.2"))).rejects.toBeInstanceOf(FabricConflictError);
        // A refused create leaves the holder as it was.
        expect(await f.listLocal()).toEqual([l]);
        expect(await f.listRemote()).toEqual([remote(40, "10.0.0.2")]);
      }),
    );

    it(
      "ignores a delete of the other kind: deleteRemote never removes a local entry, and back",
      withFabric(async (f) => {
        const l = local(50, "10.0.0.1");
        const r = remote(50, "10.0.0.2");
        await f.createLocal(l);
        await f.createRemote(r);
        await f.deleteRemote(remote(50, "10.0.0.1"));
        await f.deleteLocal(local(50, "10.0.0.2"));
        expect(await f.listLocal()).toEqual([l]);
        expect(await f.listRemote()).toEqual([r]);
        // Once freed, (VNI, IP) can be taken by the other kind.
        await f.deleteLocal(l);
        await f.createRemote(remote(50, "10.0.0.1"));
        expect((await f.listRemote()).sort(byId)).toEqual([remote(50, "10.0.0.1"), r]);
      }),
    );

    it(
      "applies remote entries in batches as one by one: in order, idempotent, each with its own result",
      withFabric(async (f) => {
        expect(f.applyRemote, "a fabric of jetnet takes batches").toBeTypeOf("function");
        const batch = (ops: { op: "create" | "delete"; entry: RemoteEntry }[]) =>
          f.applyRemote?.(ops) ?? Promise.reject(new Error("no applyRemote"));
        const first = Array.from({ length: 20 }, (_, i) => remote(70 + (i % 2), `10.0.1.${i + 1}`));
        expect(
          await batch([
            ...first.map((entry) => ({ op: "create" as const, entry })),
            { op: "delete", entry: remote(70, "10.0.9.9") }, // never there
            { op: "create", entry: first[0] as RemoteEntry }, // again
          ]),
        ).toEqual(Array(22).fill(undefined));
        expect((await f.listRemote()).sort(byId)).toEqual([...first].sort(byId));
        const [a, b] = first as [RemoteEntry, RemoteEntry];
        const moved = { ...a, hostIp: "192.168.0.9" };
        expect(
          await batch([
            { op: "delete", entry: a },
            { op: "create", entry: moved },
            { op: "delete", entry: b },
            { op: "delete", entry: b },
          ]),
        ).toEqual([undefined, undefined, undefined, undefined]);
        expect((await f.listRemote()).sort(byId)).toEqual([moved, ...first.slice(2)].sort(byId));
      }),
    );

    it(
      "refuses, in a batch, only the create at an address a local entry holds",
      withFabric(async (f) => {
        const l = local(80, "10.0.0.1");
        await f.createLocal(l);
        const ok = remote(80, "10.0.0.2");
        const results = await f.applyRemote?.([
          { op: "create", entry: remote(80, "10.0.0.1") },
          { op: "create", entry: ok },
        ]);
        expect(results?.[0]).toBeInstanceOf(FabricConflictError);
        expect(results?.[1]).toBeUndefined();
        expect(await f.listLocal()).toEqual([l]);
        expect(await f.listRemote()).toEqual([ok]);
      }),
    );

    it(
      "finds its entries again after a reopen",
      withFabric(async (f, state) => {
        const l = local(60, "10.0.0.1", "uid-60"); // the owner is kept in the datapath too
        const r = remote(60, "10.0.0.2");
        const gone = remote(60, "10.0.0.3");
        await f.createLocal(l);
        await f.createRemote(r);
        await f.createRemote(gone);
        await f.deleteRemote(gone);
        await f.close();
        const again = await under.reopen(state);
        try {
          expect(await again.listLocal()).toEqual([l]);
          expect(await again.listRemote()).toEqual([r]);
          // The contract holds across the restart too.
          await expect(again.createRemote(remote(60, "10.0.0.1"))).rejects.toBeInstanceOf(
            FabricConflictError,
          );
          await again.createLocal(l);
        } finally {
          await again.close();
        }
      }),
    );
  });
}
