/**
 * MAC address and interface name of an attachment, as functions of (VNI, IPv4 address), computed
 * exactly as KOS does. Deriving them (instead of allocating them) means every node agrees on them
 * without asking anyone, and a re-created attachment with the same address gets the same ones.
 *
 * Layout of the 6 MAC bytes, for VNI v (21 bits) and address a.b.c.d:
 *   byte 0 = (bits 16-20 of v in its top 5 bits) | (bit 1 of a, moved to bit 2) | 0x02
 *   bytes 1-3 = b, c, d;  bytes 4-5 = bits 8-15 and 0-7 of v.
 * 0x02 is the locally-administered bit, and bit 0 stays clear (unicast). Bit 2 tells 10/8 (a=10
 * has bit 1 set) from 172.16/12 and 192.168/16 (bit 1 clear), which byte 1 tells apart (16-31
 * versus 168). So the mapping is injective over all RFC 1918 addresses and 21-bit VNIs; outside
 * RFC 1918 it is still defined but may collide, which is why subnets must lie inside it.
 */

/**
 * Largest VNI (21 bits). VXLAN VNIs have 24, but the top 5 VNI bits are all byte 0 of the MAC can
 * hold next to its flag bits, so this is the limit of every VNI jetnet accepts.
 */
export const maxVni = 2 ** 21 - 1;

/** KOS's prefix, kept so names match KOS's; 3 characters + 12 hex digits = 15, the Linux IFNAMSIZ limit. */
export const ifNamePrefix = "kos";

function check(vni: number, ip: number): void {
  if (!Number.isInteger(vni) || vni < 1 || vni > maxVni)
    throw new RangeError(`VNI ${vni} is not in [1, ${maxVni}]`);
  if (!Number.isInteger(ip) || ip < 0 || ip >= 2 ** 32) throw new RangeError(`${ip} is not an IPv4 address`);
}

/** The 6 bytes of the MAC of (vni, ip). Throws a RangeError on a VNI outside [1, 2^21) or a non-IPv4 `ip`. */
export function macBytes(vni: number, ip: number): Uint8Array {
  check(vni, ip);
  const a = Math.floor(ip / 2 ** 24);
  const b0 = (Math.floor(vni / 2 ** 13) & 0xf8) | ((a & 0x02) << 1) | 0x02;
  return Uint8Array.of(b0, (ip >>> 16) & 0xff, (ip >>> 8) & 0xff, ip & 0xff, (vni >>> 8) & 0xff, vni & 0xff);
}

const hex2 = (n: number) => n.toString(16).padStart(2, "0");

/** The MAC of (vni, ip) as lowercase `xx:xx:xx:xx:xx:xx`. */
export function macAddress(vni: number, ip: number): string {
  return Array.from(macBytes(vni, ip), hex2).join(":");
}

/** The guest interface name of (vni, ip): `kos` + the 12 lowercase hex digits of its MAC (15 chars). */
export function interfaceName(vni: number, ip: number): string {
  return ifNamePrefix + Array.from(macBytes(vni, ip), hex2).join("");
}

/**
 * The (VNI, IPv4) a MAC was derived from, for MACs of RFC 1918 addresses; undefined otherwise.
 * Byte 0 bit 2 says 10/8; otherwise byte 1 tells 172.16/12 (16-31) from 192.168/16 (168).
 */
export function decodeMac(mac: string): { vni: number; ip: number } | undefined {
  const bytes = mac.split(":").map((h) => Number.parseInt(h, 16));
  if (bytes.length !== 6 || bytes.some((b) => Number.isNaN(b) || b < 0 || b > 255)) return undefined;
  const [b0, b1, b2, b3, b4, b5] = bytes as [number, number, number, number, number, number];
  if ((b0 & 0x03) !== 0x02) return undefined;
  let a: number;
  if (b0 & 0x04) a = 10;
  else if (b1 >= 16 && b1 <= 31) a = 172;
  else if (b1 === 168) a = 192;
  else return undefined;
  const vni = ((b0 & 0xf8) << 13) | (b4 << 8) | b5;
  if (vni < 1) return undefined;
  return { vni, ip: a * 2 ** 24 + b1 * 2 ** 16 + b2 * 2 ** 8 + b3 };
}
