import type { NetworkAttachment, Subnet } from "../../lib/codec.js";
import { cidrContains, parseCidr, parseExclude, parseIPv4 } from "../network/cidr.js";
import type { SubnetRange } from "./leases.js";

/** What an attachment needs from IPAM, given its subnet as the cache shows it. Pure. */
export type AddressNeed =
  /** It should hold an address in this VNI and range. */
  | {
      readonly kind: "address";
      readonly vni: number;
      readonly range: SubnetRange;
      readonly subnetUid: string;
      readonly requestedIp?: number;
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
  const excludes = (subnet.spec?.exclude ?? []).map((e) => parseExclude(e, cidr));
  const range: SubnetRange = { base: cidr.base, prefix: cidr.prefix, excludes };
  const requested = a.spec?.ip ? parseIPv4(a.spec.ip) : undefined;
  if (a.spec?.ip && (requested === undefined || !cidrContains(cidr, requested))) {
    return {
      kind: "none",
      reason: `requested address ${a.spec.ip} is not in subnet ${ns}/${name} (${subnet.spec?.cidr})`,
    };
  }
  return {
    kind: "address",
    vni: subnet.spec?.vni ?? 0,
    range,
    subnetUid: subnet.meta?.uid ?? "",
    ...(requested !== undefined ? { requestedIp: requested } : {}),
  };
}

/** Whether the address the attachment holds (per its status) satisfies the need. */
export function holdsSuitable(a: NetworkAttachment, need: AddressNeed & { kind: "address" }): boolean {
  const s = a.status;
  if (!s?.ip) return false;
  const ip = parseIPv4(s.ip);
  if (ip === undefined || s.vni !== need.vni || s.subnetUid !== need.subnetUid) return false;
  if (need.requestedIp !== undefined && ip !== need.requestedIp) return false;
  const size = 2 ** (32 - need.range.prefix);
  return ip >= need.range.base && ip < need.range.base + size;
}
