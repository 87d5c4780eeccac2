import { describe, expect, it } from "vitest";
import type { NetworkAttachment, Subnet } from "../../../lib/codec.js";
import { addressNeed, heldAddressProblem } from "../../../lib/ipam/need.js";
import { parseIPv4 } from "../../../lib/net/cidr.js";

// What IPAM concludes from an attachment and its subnet, before any Redis call: the pure half of
// the controller (controller.int.test.ts drives the whole loop).

const n = (s: string): number => {
  const v = parseIPv4(s);
  if (v === undefined) throw new Error(`bad test address ${s}`);
  return v;
};

const subnet = (spec: Partial<NonNullable<Subnet["spec"]>> = {}, validated = true): Subnet => ({
  meta: { namespace: "t1", name: "web", uid: "s-1" },
  spec: { vni: 4100, cidr: "10.1.0.0/24", ...spec },
  status: { validated },
});

const attachment = (spec: { ip?: string } = {}, status?: NetworkAttachment["status"]): NetworkAttachment => ({
  meta: { namespace: "t1", name: "a", uid: "a-1" },
  spec: { node: "n1", subnet: "web", ...spec },
  ...(status ? { status } : {}),
});

const needOf = (a: NetworkAttachment, s: Subnet) => {
  const need = addressNeed(a, s);
  if (need.kind !== "address") throw new Error(`expected an address need, got: ${need.reason}`);
  return need;
};

describe("addressNeed", () => {
  it("needs no address while the subnet is missing or not validated, and says why", () => {
    expect(addressNeed(attachment(), undefined)).toEqual({
      kind: "none",
      reason: "subnet t1/web does not exist",
    });
    expect(addressNeed(attachment(), subnet({}, false))).toEqual({
      kind: "none",
      reason: "subnet t1/web is not validated yet",
    });
    const refused: Subnet = { ...subnet({}, false), status: { validated: false, errors: ["e1", "e2"] } };
    expect(addressNeed(attachment(), refused)).toEqual({
      kind: "none",
      reason: "subnet t1/web is not validated: e1; e2",
    });
  });

  it("asks for an address in the subnet's VNI and CIDR, skipping the gateway and the exclusions", () => {
    const s = subnet({ gateway: "10.1.0.1", exclude: ["10.1.0.10-10.1.0.19", "10.1.0.128/25"] });
    expect(addressNeed(attachment(), s)).toEqual({
      kind: "address",
      vni: 4100,
      subnetUid: "s-1",
      range: {
        base: n("10.1.0.0"),
        prefix: 24,
        excludes: [
          { first: n("10.1.0.10"), last: n("10.1.0.19") },
          { first: n("10.1.0.128"), last: n("10.1.0.255") },
          { first: n("10.1.0.1"), last: n("10.1.0.1") },
        ],
      },
      addresses: {
        base: n("10.1.0.0"),
        prefix: 24,
        gateway: n("10.1.0.1"),
        excludes: [
          { first: n("10.1.0.10"), last: n("10.1.0.19") },
          { first: n("10.1.0.128"), last: n("10.1.0.255") },
        ],
      },
      text: { ref: "t1/web", cidr: "10.1.0.0/24", exclude: ["10.1.0.10-10.1.0.19", "10.1.0.128/25"] },
    });
  });

  it("passes on a leasable requested address", () => {
    expect(needOf(attachment({ ip: "10.1.0.77" }), subnet()).requestedIp).toBe(n("10.1.0.77"));
    expect(needOf(attachment(), subnet())).not.toHaveProperty("requestedIp");
  });

  it.each([
    ["10.2.0.5", "is not in subnet t1/web (10.1.0.0/24)"],
    ["not-an-ip", "is not in subnet t1/web (10.1.0.0/24)"],
    ["10.1.0.1", "is the gateway of subnet t1/web (10.1.0.0/24) (spec.gateway) and is never leased"],
    ["10.1.0.0", "is the network address of subnet t1/web (10.1.0.0/24) and is never leased"],
    ["10.1.0.255", "is the broadcast address of subnet t1/web (10.1.0.0/24) and is never leased"],
    ["10.1.0.15", 'is excluded from subnet t1/web (10.1.0.0/24) by spec.exclude[0] "10.1.0.10-10.1.0.19"'],
  ])("refuses the requested address %s: it %s", (ip, why) => {
    const s = subnet({ gateway: "10.1.0.1", exclude: ["10.1.0.10-10.1.0.19"] });
    expect(addressNeed(attachment({ ip }), s)).toEqual({
      kind: "none",
      reason: `requested address ${ip} ${why}`,
    });
  });
});

describe("heldAddressProblem", () => {
  const s = subnet({ gateway: "10.1.0.1", exclude: ["10.1.0.10-10.1.0.19"] });
  const held = (ip: string, more: { vni?: number; subnetUid?: string } = {}) => ({
    ip,
    vni: 4100,
    subnetUid: "s-1",
    ...more,
  });

  it("accepts a leasable address held in the subnet's VNI", () => {
    expect(heldAddressProblem(attachment({}, held("10.1.0.50")), needOf(attachment(), s))).toBeUndefined();
    const wants = attachment({ ip: "10.1.0.50" }, held("10.1.0.50"));
    expect(heldAddressProblem(wants, needOf(wants, s))).toBeUndefined();
  });

  it("finds no address when the status holds none", () => {
    expect(heldAddressProblem(attachment(), needOf(attachment(), s))).toBe("no address");
    expect(heldAddressProblem(attachment({}, { vni: 4100 }), needOf(attachment(), s))).toBe("no address");
  });

  it("moves an address held in another VNI or another incarnation of the subnet", () => {
    const need = needOf(attachment(), s);
    const changed = "the subnet changed; a new address follows";
    expect(heldAddressProblem(attachment({}, held("10.1.0.50", { vni: 4101 })), need)).toBe(changed);
    expect(heldAddressProblem(attachment({}, held("10.1.0.50", { subnetUid: "s-0" })), need)).toBe(changed);
    expect(heldAddressProblem(attachment({}, held("garbage")), need)).toBe(changed);
  });

  it("moves an address other than the one requested", () => {
    const a = attachment({ ip: "10.1.0.60" }, held("10.1.0.50"));
    expect(heldAddressProblem(a, needOf(a, s))).toBe(
      "the address differs from the requested one; a new address follows",
    );
  });

  it("moves an address the subnet's rule no longer allows (now the gateway, or excluded)", () => {
    const need = needOf(attachment(), s);
    expect(heldAddressProblem(attachment({}, held("10.1.0.1")), need)).toBe(
      "address 10.1.0.1 is the gateway of subnet t1/web (10.1.0.0/24) (spec.gateway) and is never leased; a new address follows",
    );
    expect(heldAddressProblem(attachment({}, held("10.1.0.12")), need)).toBe(
      'address 10.1.0.12 is excluded from subnet t1/web (10.1.0.0/24) by spec.exclude[0] "10.1.0.10-10.1.0.19"; a new address follows',
    );
  });
});
