import { randomBytes } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseIPv4 } from "../../../lib/net/cidr.js";
import { interfaceName, macAddress } from "../../../lib/net/mac.js";
import { ip } from "../../../lib/servers/netns.js";
import { LinuxFabric } from "../../../services/agent/fabric/linux.js";
import { fabricContract } from "./fabric-contract.js";

// The linux fabric programs real kernel devices: each test gets a network namespace of its own
// (root needed, as for the e2e tests), with a veth pair inside it whose one end holds the host
// address the fabric takes as its VXLAN endpoint (a veth rather than a dummy device: kernels built
// without the dummy module exist). Deleting the namespace removes everything the fabric made in it.
const hostIp = "192.168.0.1";

/** A namespace with the underlay device, and a linux fabric opened in it. */
async function freshNetns(): Promise<{ fabric: LinuxFabric; state: string }> {
  const netns = `jnfab${randomBytes(3).toString("hex")}`;
  await ip("netns", "add", netns);
  try {
    await ip("-n", netns, "link", "add", "eth0", "type", "veth", "peer", "name", "eth1");
    await ip("-n", netns, "addr", "add", `${hostIp}/24`, "dev", "eth0");
    await ip("-n", netns, "link", "set", "eth0", "up");
    return { fabric: await LinuxFabric.open({ hostIp, netns }), state: netns };
  } catch (err) {
    await ip("netns", "del", netns).catch(() => undefined);
    throw err;
  }
}

fabricContract("linux (in a network namespace)", {
  fresh: freshNetns,
  reopen: (netns) => LinuxFabric.open({ hostIp, netns: netns as string }),
  cleanup: async (netns) => {
    await ip("netns", "del", netns as string);
  },
});

describe("LinuxFabric, where the contract leaves the choice to the fabric", () => {
  let netns: string;
  let f: LinuxFabric;
  beforeEach(async () => {
    ({ fabric: f, state: netns } = await freshNetns());
  });
  afterEach(async () => {
    await f.close();
    await ip("netns", "del", netns);
  });

  const at = (vni: number, addr: string) => {
    const n = parseIPv4(addr) ?? 0;
    return { vni, ip: addr, mac: macAddress(vni, n), ifName: interfaceName(vni, n) };
  };

  it("moves a remote entry created again with another host (iproute2 replace)", async () => {
    const { ifName: _, ...r } = at(70, "10.0.0.2");
    await f.createRemote({ ...r, hostIp: "192.168.0.2" });
    await f.createRemote({ ...r, hostIp: "192.168.0.9" });
    expect(await f.listRemote()).toEqual([{ ...r, hostIp: "192.168.0.9" }]);
  });

  it("keeps a local interface created again for another owner, re-labelled", async () => {
    await f.createLocal({ ...at(71, "10.0.0.1"), owner: "uid-a" });
    await f.createLocal({ ...at(71, "10.0.0.1"), owner: "uid-b" });
    expect(await f.listLocal()).toEqual([{ ...at(71, "10.0.0.1"), owner: "uid-b" }]);
  });

  it("refuses, in a batch, an entry whose fields are not plain addresses (they become batch lines)", async () => {
    const { ifName: _, ...r } = at(72, "10.0.0.2");
    const sneaky = { ...r, ip: "10.0.0.3", mac: `${r.mac}\nlink del eth0`, hostIp: "192.168.0.2" };
    const results = await f.applyRemote([
      { op: "create", entry: sneaky },
      { op: "create", entry: { ...r, hostIp: "192.168.0.2 self" } },
      { op: "create", entry: { ...r, hostIp: "192.168.0.2" } },
    ]);
    expect(String(results[0])).toMatch(/not a plain remote entry/);
    expect(String(results[1])).toMatch(/not a plain remote entry/);
    expect(results[2]).toBeUndefined();
    expect(await f.listRemote()).toEqual([{ ...r, hostIp: "192.168.0.2" }]);
    const links = await ip("-n", netns, "-json", "link", "show");
    expect(links).toContain('"eth0"');
  });

  it("removes a VNI's devices when a batch deletes its last entry, and makes them again for the next", async () => {
    const { ifName: _, ...r } = at(73, "10.0.0.2");
    const e = { ...r, hostIp: "192.168.0.2" };
    expect(await f.applyRemote([{ op: "create", entry: e }])).toEqual([undefined]);
    const vnis = async () =>
      (JSON.parse(await ip("-n", netns, "-json", "link", "show")) as { ifname: string }[])
        .map((l) => l.ifname)
        .filter((n) => n.endsWith("73"))
        .sort();
    expect(await vnis()).toEqual(["br73", "vx73"]);
    expect(await f.applyRemote([{ op: "delete", entry: e }])).toEqual([undefined]);
    expect(await vnis()).toEqual([]);
    expect(await f.applyRemote([{ op: "create", entry: e }])).toEqual([undefined]);
    expect(await f.listRemote()).toEqual([e]);
  });
});
