import { describe, expect, it } from "vitest";
import { decodeMac, interfaceName, macAddress, macBytes, maxVni } from "../../../lib/net/mac.js";

const ip = (s: string) => s.split(".").reduce((n, octet) => n * 256 + Number(octet), 0);

describe("MAC and interface name of (VNI, IPv4)", () => {
  it("reproduces the KOS examples", () => {
    expect(macAddress(1, ip("10.0.0.5"))).toBe("06:00:00:05:00:01");
    expect(interfaceName(1, ip("10.0.0.5"))).toBe("kos060000050001");
    expect(macAddress(65537, ip("172.24.0.2"))).toBe("0a:18:00:02:00:01");
    expect(interfaceName(65537, ip("172.24.0.2"))).toBe("kos0a1800020001");
    expect(macAddress(maxVni, ip("192.168.1.1"))).toBe("fa:a8:01:01:ff:ff");
  });

  it("yields locally administered unicast MACs and 15-character names", () => {
    for (const [vni, addr] of [
      [1, "10.255.255.255"],
      [maxVni, "172.31.0.1"],
      [0x1234, "192.168.200.3"],
    ] as const) {
      const b0 = macBytes(vni, ip(addr))[0]!;
      expect(b0 & 0x01).toBe(0);
      expect(b0 & 0x02).toBe(2);
      expect(interfaceName(vni, ip(addr))).toHaveLength(15);
      expect(interfaceName(vni, ip(addr))).toMatch(/^kos[0-9a-f]{12}$/);
    }
  });

  it("puts VNI bits 16-20 in the top of byte 0 and bits 0-15 in bytes 4-5", () => {
    expect(Array.from(macBytes(0x1f_0000 | 0xabcd, ip("192.168.0.1")))).toEqual([
      0xfa, 168, 0, 1, 0xab, 0xcd,
    ]);
    expect(Array.from(macBytes(0x01_0000, ip("10.1.2.3")))).toEqual([0x0e, 1, 2, 3, 0, 0]);
  });

  it("is collision-free over the three RFC 1918 blocks and VNIs differing in every bit group", () => {
    const seen = new Map<string, string>();
    const vnis = [1, 2, 0xff, 0x100, 0xffff, 0x1_0000, 0x2_0000, 0x10_0000, maxVni];
    // Addresses chosen to share bytes 1-3 across blocks: only byte 0 can tell them apart.
    const addrs = ["10.16.0.1", "172.16.0.1", "10.168.0.1", "192.168.0.1", "10.31.255.254", "172.31.255.254"];
    for (const vni of vnis) {
      for (const a of addrs) {
        const mac = macAddress(vni, ip(a));
        expect(seen.get(mac), `${vni}/${a} collides`).toBeUndefined();
        seen.set(mac, `${vni}/${a}`);
      }
    }
    expect(seen.size).toBe(vnis.length * addrs.length);
  });

  it("rejects VNIs outside [1, 2^21) and non-IPv4 addresses", () => {
    expect(() => macAddress(0, ip("10.0.0.1"))).toThrow(RangeError);
    expect(() => macAddress(maxVni + 1, ip("10.0.0.1"))).toThrow(RangeError);
    expect(() => macAddress(1, 2 ** 32)).toThrow(RangeError);
    expect(() => macAddress(1, -1)).toThrow(RangeError);
  });
});

describe("decodeMac", () => {
  it.each([
    [1, "10.0.0.5"],
    [65537, "172.24.0.2"],
    [2 ** 21 - 1, "192.168.1.1"],
    [4096, "172.31.255.254"],
    [77, "10.255.0.1"],
  ])("inverts macAddress for VNI %i and %s", (vni, dotted) => {
    expect(decodeMac(macAddress(vni, ip(dotted)))).toEqual({ vni, ip: ip(dotted) });
  });

  it("rejects MACs that jetnet does not derive", () => {
    expect(decodeMac("01:00:5e:00:00:01")).toBeUndefined(); // multicast
    expect(decodeMac("02:08:00:01:00:01")).toBeUndefined(); // 8.x is not RFC 1918
    expect(decodeMac("zz:00:00:00:00:00")).toBeUndefined();
    expect(decodeMac("06:00:00:05:00")).toBeUndefined();
  });
});
