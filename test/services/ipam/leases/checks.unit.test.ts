import { describe, expect, it } from "vitest";
import { checkSubnet, parseLease } from "../../../../lib/ipam/leases/checks.js";

const lease = { owner: "u1", ref: "ns/a", seq: 3, since: 1_700_000_000_000, subnet: "10.0.0.0/24" };

describe("parseLease", () => {
  it("reads a well-formed record", () => {
    expect(parseLease(7, 0x0a000005, JSON.stringify(lease))).toEqual({ vni: 7, ip: 0x0a000005, ...lease });
  });

  it("names the address of a malformed record", () => {
    expect(() => parseLease(7, 0x0a000005, "[]")).toThrow(
      expect.objectContaining({ code: "INTERNAL", message: "malformed lease of 10.0.0.5 in VNI 7: []" }),
    );
  });

  // A field of the lease hash that is not a decimal address (written by hand, or by a bug) is
  // read as NaN or a fraction; the error about it must still be the structured one.
  it.each([
    [Number.NaN, "NaN (not an IPv4 address)"],
    [1.5, "1.5 (not an IPv4 address)"],
    [2 ** 32, "4294967296 (not an IPv4 address)"],
  ])("names a malformed record at %d without throwing anything else", (ip, shown) => {
    expect(() => parseLease(7, ip, "null")).toThrow(
      expect.objectContaining({ code: "INTERNAL", message: `malformed lease of ${shown} in VNI 7` }),
    );
    expect(() => parseLease(7, ip, '{"owner":1}')).toThrow(
      expect.objectContaining({
        code: "INTERNAL",
        message: `malformed lease of ${shown} in VNI 7: {"owner":1}`,
      }),
    );
  });
});

describe("checkSubnet", () => {
  it("accepts an aligned block", () => {
    expect(() => checkSubnet({ base: 0x0a000000, prefix: 24 })).not.toThrow();
    expect(() => checkSubnet({ base: 0, prefix: 0 })).not.toThrow();
    expect(() => checkSubnet({ base: 0xffffffff, prefix: 32 })).not.toThrow();
  });

  it.each([
    [{ base: 0x0a000001, prefix: 24 }],
    [{ base: Number.NaN, prefix: 24 }],
    [{ base: -256, prefix: 24 }],
    [{ base: 2 ** 32, prefix: 24 }],
    [{ base: 0x0a000000, prefix: 33 }],
    [{ base: 0x0a000000, prefix: 24.5 }],
  ])("refuses %j with an error about the subnet", (subnet) => {
    expect(() => checkSubnet(subnet)).toThrow(expect.objectContaining({ code: "INVALID", field: "subnet" }));
  });
});
