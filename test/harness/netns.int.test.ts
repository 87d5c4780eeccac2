import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ip, permanentNeighbours, pings } from "../../lib/servers/netns.js";

// The helpers the datapath tests judge isolation and removal with: a command that failed must
// not read as "no reply" or "no entries". Real namespaces (root), named with a random tag.
const ns = `jng${randomBytes(3).toString("hex")}`;

beforeAll(async () => {
  await ip("netns", "add", ns);
  // A veth pair inside the namespace: d0 carries the address, d1 (no address) answers nothing.
  await ip("-n", ns, "link", "add", "d0", "type", "veth", "peer", "name", "d1");
  await ip("-n", ns, "link", "set", "d1", "up");
  await ip("-n", ns, "link", "set", "lo", "up");
  await ip("-n", ns, "addr", "add", "10.250.0.1/24", "dev", "d0");
  await ip("-n", ns, "link", "set", "d0", "up");
  await ip(
    "-n",
    ns,
    "neigh",
    "add",
    "10.250.0.7",
    "lladdr",
    "02:00:0a:fa:00:07",
    "dev",
    "d0",
    "nud",
    "permanent",
  );
});
afterAll(async () => {
  await ip("netns", "del", ns).catch(() => undefined);
});

describe("pings", () => {
  it("is true when the address answers and false when nothing does", async () => {
    expect(await pings(ns, "10.250.0.1")).toBe(true);
    // On the link, but nobody there: ping's "no reply".
    expect(await pings(ns, "10.250.0.9", 1)).toBe(false);
  });

  it("throws when the command fails: no such namespace, no route", async () => {
    await expect(pings(`${ns}-missing`, "10.250.0.1", 1)).rejects.toThrow(/Cannot open network namespace/);
    await expect(pings(ns, "192.0.2.1", 1)).rejects.toThrow(/unreachable/i);
  });
});

describe("permanentNeighbours", () => {
  it("lists the entries of a device, none for a device that is gone, and throws when ip fails", async () => {
    expect(await permanentNeighbours(ns, "d0")).toEqual([
      expect.objectContaining({ dst: "10.250.0.7", lladdr: "02:00:0a:fa:00:07" }),
    ]);
    expect(await permanentNeighbours(ns, "vx999")).toEqual([]);
    await expect(permanentNeighbours(`${ns}-missing`, "d0")).rejects.toThrow(/network namespace/);
  });
});
