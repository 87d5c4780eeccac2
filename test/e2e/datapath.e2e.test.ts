import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HookVar, ShippedHook, shippedHookEntry } from "../../lib/api/hooks.js";
import type { NetworkAttachment } from "../../lib/codec.js";
import { ip, permanentNeighbours, pings, run, type Testbed } from "../../lib/servers/netns.js";
import type { Versioned } from "../../lib/store/types.js";
import type { JetnetProcess } from "../harness/index.js";
import { eventually, type TestSystem } from "../services/ipam/system.js";
import { type DatapathSystem, startDatapathSystem } from "./system.js";

const hooks = fileURLToPath(new URL("../../hooks/", import.meta.url));
const up = `${hooks}${ShippedHook.GuestUp.name}`;
const down = `${hooks}${ShippedHook.GuestDown.name}`;
const allowed = [ShippedHook.GuestUp, ShippedHook.GuestDown].map((h) => shippedHookEntry(hooks, h)).join(",");

let bed: Testbed;
let sys: TestSystem;
let system: DatapathSystem | undefined;
let agents: Map<string, JetnetProcess>;
/** Attachment name → its guest namespace (named by the agent from the attachment's uid). */
const guests = new Map<string, string>();

function guest(name: string): string {
  const ns = guests.get(name);
  if (!ns) throw new Error(`no guest namespace for ${name}`);
  return ns;
}

beforeAll(async () => {
  system = await startDatapathSystem({
    hosts: 3,
    agentArgs: () => ["--metrics-addr", "off", "--allowed-programs", allowed, "--digest-interval", "1000"],
  });
  ({ bed, sys, agents } = system);
}, 120_000);

afterAll(async () => {
  await system?.stop();
}, 60_000);

/** name → (host, subnet) of the six attachments; subnets a and b share a CIDR on different VNIs. */
const plan = [
  ["a1", "host1", "a", "10.77.0.11"],
  ["a2", "host2", "a", "10.77.0.12"],
  ["a3", "host3", "a", "10.77.0.13"],
  ["b1", "host1", "b", "10.77.0.11"],
  ["b2", "host2", "b", "10.77.0.12"],
  ["b3", "host3", "b", "10.77.0.13"],
] as const;

async function attachment(name: string): Promise<Versioned<NetworkAttachment>> {
  return sys.client.attachments("e2e").get(name);
}

const neighbours = (netns: string, vni: number) => permanentNeighbours(netns, `vx${vni}`);

describe("linux fabric across three hosts", () => {
  it("connects same-VNI guests across hosts and isolates VNIs that share a CIDR", async () => {
    const c = sys.client;
    await c.subnets("e2e").create({ meta: { name: "a" }, spec: { vni: 4101, cidr: "10.77.0.0/24" } });
    await c.subnets("e2e").create({ meta: { name: "b" }, spec: { vni: 4102, cidr: "10.77.0.0/24" } });
    for (const [name, node, subnet, address] of plan) {
      const created = await c.attachments("e2e").create({
        meta: { name },
        spec: {
          node,
          subnet,
          ip: address,
          postCreateExec: [up, HookVar.IfName, HookVar.Netns, `${HookVar.Ipv4}/24`],
          postDeleteExec: [down, HookVar.Netns],
        },
      });
      guests.set(name, bed.guestOf(created.value.meta?.uid ?? ""));
    }
    // Every hook ran and reported success.
    for (const [name] of plan) {
      const a = await eventually(
        async () => {
          const v = await attachment(name);
          return v.value.status?.postCreateReport?.stopTimeUs ? v : undefined;
        },
        60_000,
        `${name} hook report`,
      );
      expect(
        a.value.status?.postCreateReport?.exitStatus,
        a.value.status?.postCreateReport?.stderr ?? "",
      ).toBe(0);
    }
    const addr = async (n: string) => (await attachment(n)).value.status?.ip ?? "";
    // Same VNI, different hosts: reachable.
    expect(await pings(guest("a1"), await addr("a2"))).toBe(true);
    expect(await pings(guest("a3"), await addr("a1"))).toBe(true);
    expect(await pings(guest("b2"), await addr("b3"))).toBe(true);
    // The two VNIs use the same addresses; each guest reaches only its own VNI's owner of one.
    expect(await addr("a2")).toBe(await addr("b2"));
    expect(await pings(guest("b1"), await addr("b2"))).toBe(true);
    const macOf = async (n: string) => (await attachment(n)).value.status?.mac;
    const [macA2, macB2] = [await macOf("a2"), await macOf("b2")];
    const learned = JSON.parse(await ip("-n", guest("b1"), "-json", "neigh", "show")) as {
      dst: string;
      lladdr?: string;
    }[];
    expect(learned.find((n) => n.dst === "10.77.0.12")?.lladdr).toBe(macB2);
    expect(learned.some((n) => n.lladdr === macA2)).toBe(false);
    const learnedA = JSON.parse(await ip("-n", guest("a1"), "-json", "neigh", "show")) as {
      dst: string;
      lladdr?: string;
    }[];
    expect(learnedA.find((n) => n.dst === "10.77.0.12")?.lladdr).toBe(macA2);
  }, 180_000);

  it("deleting an attachment removes its entries on every host and pings to it fail", async () => {
    const b2 = await attachment("b2");
    const b2ip = b2.value.status?.ip ?? "";
    const b2mac = b2.value.status?.mac ?? "";
    expect(await pings(guest("b1"), b2ip)).toBe(true);
    await sys.client.attachments("e2e").delete("b2");
    for (const h of bed.hosts) {
      await eventually(
        async () => ((await neighbours(h.netns, 4102)).some((n) => n.dst === b2ip) ? undefined : true),
        20_000,
        `b2 gone on ${h.name}`,
      );
    }
    for (const h of bed.hosts) {
      // A host left without any attachment in the VNI drops its vxlan device altogether.
      const out = await run("bridge", ["-n", h.netns, "-json", "fdb", "show", "dev", "vx4102"]).catch(
        (err: Error) => {
          if (/Cannot find device/.test(err.message)) return "[]";
          throw err;
        },
      );
      const fdb = JSON.parse(out || "[]") as { mac: string }[];
      expect(
        fdb.some((f) => f.mac === b2mac),
        `FDB of ${h.name}`,
      ).toBe(false);
    }
    // The post_delete_exec hook removed the guest namespace.
    await eventually(
      async () => ((await ip("netns", "list")).includes(guest("b2")) ? undefined : true),
      10_000,
      "b2 netns removed",
    );
    // a2 still has the same address in the other VNI, on the same host: b1 must not reach it.
    expect(await pings(guest("b1"), b2ip, 2)).toBe(false);
    expect(await pings(guest("a1"), b2ip)).toBe(true);
  }, 120_000);

  it("a restarted agent adds no duplicate entries and pings keep working", async () => {
    const host1 = bed.hosts[0]!;
    const before = (await neighbours(host1.netns, 4101)).length;
    const fdbBefore = await ip("-n", host1.netns, "-json", "link", "show");
    await agents.get("host1")?.kill("SIGKILL");
    await agents.get("host1")?.restart();
    await new Promise((r) => setTimeout(r, 2000));
    expect((await neighbours(host1.netns, 4101)).length).toBe(before);
    expect(JSON.parse(await ip("-n", host1.netns, "-json", "link", "show")).length).toBe(
      JSON.parse(fdbBefore).length,
    );
    const a2ip = (await attachment("a2")).value.status?.ip ?? "";
    expect(await pings(guest("a1"), a2ip)).toBe(true);
  }, 120_000);
});
