import { usableRange } from "../../addresses.js";
import { ErrorCode, invalid, JetnetError } from "../../errors.js";
import { describeIPv4 } from "../../net/cidr.js";
import { maxVni } from "../../net/mac.js";
import type { Lease } from "./types.js";

export const internal = (message: string) => new JetnetError(ErrorCode.Internal, message);

export function checkVni(vni: number): void {
  if (!Number.isInteger(vni) || vni < 1 || vni > maxVni)
    throw invalid("vni", `${vni} is not in [1, ${maxVni}]`);
}

export function checkIp(field: string, ip: number): void {
  if (!Number.isInteger(ip) || ip < 0 || ip >= 2 ** 32) throw invalid(field, `${ip} is not an IPv4 address`);
}

/** A subnet's base must be a `prefix`-aligned address: its id names keys (see subnetId). */
export function checkSubnet(subnet: { base: number; prefix: number }): void {
  try {
    usableRange(subnet.base, subnet.prefix);
  } catch (err) {
    throw invalid("subnet", err instanceof Error ? err.message : String(err));
  }
}

/**
 * Owners are uids and refs `namespace/name`; the allocate script writes them into the lease
 * record's JSON without an encoder, so quotes, backslashes and control characters are refused.
 */
const nameChars = /^[\x21\x23-\x5b\x5d-\x7e]{1,253}$/;

export function checkName(field: string, s: string): void {
  if (typeof s !== "string" || s === "") throw invalid(field, "must not be empty");
  if (!nameChars.test(s))
    throw invalid(field, "must be at most 253 printable characters without spaces, quotes or backslashes");
}

/** An owner is also a field of the index hash, whose "#" fields are bookkeeping. */
export function checkOwner(owner: string): void {
  checkName("owner", owner);
  if (owner.startsWith("#")) throw invalid("owner", "must not start with #");
}

export function parseLease(vni: number, ip: number, json: string): Lease {
  const v: unknown = JSON.parse(json);
  if (typeof v !== "object" || v === null)
    throw internal(`malformed lease of ${describeIPv4(ip)} in VNI ${vni}`);
  const { owner, ref, seq, since, subnet } = v as Record<string, unknown>;
  if (
    typeof owner !== "string" ||
    typeof ref !== "string" ||
    typeof seq !== "number" ||
    typeof since !== "number" ||
    typeof subnet !== "string"
  )
    throw internal(`malformed lease of ${describeIPv4(ip)} in VNI ${vni}: ${json}`);
  return { vni, ip, owner, ref, seq, since, subnet };
}
