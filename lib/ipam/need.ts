import {
  describeUnleasable,
  type SubnetAddresses,
  type SubnetText,
  unleasable,
  unleasableRanges,
} from "../addresses.js";
import type { NetworkAttachment, Subnet } from "../codec.js";
import { parseCidr, parseExclude, parseIPv4 } from "../net/cidr.js";
import type { SubnetRange } from "./leases.js";

/** What an attachment needs from IPAM, given its subnet as the cache shows it. Pure. */
export type AddressNeed =
  /** It should hold an address in this VNI and range. */
  | {
      readonly kind: "address";
      readonly vni: number;
      /** What the allocator may hand out: the gateway is one of its exclusions. */
      readonly range: SubnetRange;
      readonly subnetUid: string;
      readonly requestedIp?: number;
      /** The subnet's leasing rule and its text, to judge (and explain) an address held. */
      readonly addresses: SubnetAddresses;
      readonly text: SubnetText;
    }
  /** It must hold no address, and `reason` says why. */
  | { readonly kind: "none"; readonly reason: string };

export function addressNeed(a: NetworkAttachment, subnet: Subnet | undefined): AddressNeed {
  const ns = a.meta?.namespace ?? "";
  const name = a.spec?.subnet ?? "";
  if (!subnet) return { kind: "none", reason: `subnet ${ns}/${name} does not exist` };
  if (!subnet.status?.validated) {
    const why = subnet.status?.errors?.length ? `: ${subnet.status.errors.join("; ")}` : " yet";
    return { kind: "none", reason: `subnet ${ns}/${name} is not validated${why}` };
  }
  const cidr = parseCidr(subnet.spec?.cidr ?? "");
  const exclude = subnet.spec?.exclude ?? [];
  const addresses: SubnetAddresses = {
    base: cidr.base,
    prefix: cidr.prefix,
    gateway: parseIPv4(subnet.spec?.gateway ?? ""),
    excludes: exclude.map((e) => parseExclude(e, cidr)),
  };
  const text: SubnetText = { ref: `${ns}/${name}`, cidr: subnet.spec?.cidr ?? "", exclude };
  const range: SubnetRange = { base: cidr.base, prefix: cidr.prefix, excludes: unleasableRanges(addresses) };
  let requested: number | undefined;
  if (a.spec?.ip) {
    requested = parseIPv4(a.spec.ip);
    const why = requested === undefined ? { rule: "outside" as const } : unleasable(addresses, requested);
    // Refused here with the reason, rather than left to the allocator's bare "out of range".
    if (why)
      return { kind: "none", reason: `requested address ${a.spec.ip} ${describeUnleasable(why, text)}` };
  }
  return {
    kind: "address",
    vni: subnet.spec?.vni ?? 0,
    range,
    subnetUid: subnet.meta?.uid ?? "",
    addresses,
    text,
    ...(requested !== undefined ? { requestedIp: requested } : {}),
  };
}

/**
 * Whether the address the attachment holds (per its status) satisfies the need; if not, why.
 * An address the subnet's rule no longer allows (an update made it the gateway or excluded it)
 * is unsuitable: the attachment moves to another one rather than keep an address its subnet
 * says is never leased.
 */
export function heldAddressProblem(
  a: NetworkAttachment,
  need: AddressNeed & { kind: "address" },
): string | undefined {
  const s = a.status;
  if (!s?.ip) return "no address";
  const ip = parseIPv4(s.ip);
  if (ip === undefined || s.vni !== need.vni || s.subnetUid !== need.subnetUid)
    return "the subnet changed; a new address follows";
  if (need.requestedIp !== undefined && ip !== need.requestedIp)
    return "the address differs from the requested one; a new address follows";
  const why = unleasable(need.addresses, ip);
  return why ? `address ${s.ip} ${describeUnleasable(why, need.text)}; a new address follows` : undefined;
}
