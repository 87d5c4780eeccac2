/**
 * Admission checks that need other objects than the one written: a static address against its
 * subnet, and a subnet update against the addresses its attachments hold. They refuse what would
 * certainly fail or conflict, with the field at fault; they are not the guarantee. A subnet
 * created or changed after the check is ipam's to enforce: it never leases an address its subnet
 * rules out, and moves an attachment off an address an update ruled out (see services/ipam).
 */
import {
  describeUnleasable,
  type SubnetAddresses,
  type SubnetText,
  unleasable,
} from "../../lib/addresses.js";
import { objectKey } from "../../lib/api/subjects.js";
import type { AttachmentSpec, NetworkAttachment, Subnet } from "../../lib/codec.js";
import { invalid } from "../../lib/errors.js";
import { parseCidr, parseExclude, parseIPv4, quote } from "../../lib/net/cidr.js";
import type { ObjectStore } from "../../lib/store/types.js";

/** The leasing rule of a subnet whose spec passed validation. */
function subnetAddresses(subnet: Subnet): { addresses: SubnetAddresses; text: SubnetText } {
  const cidr = parseCidr(subnet.spec?.cidr ?? "");
  const exclude = subnet.spec?.exclude ?? [];
  return {
    addresses: {
      base: cidr.base,
      prefix: cidr.prefix,
      gateway: parseIPv4(subnet.spec?.gateway ?? ""),
      excludes: exclude.map((e) => parseExclude(e, cidr)),
    },
    text: { ref: `${subnet.meta?.namespace}/${subnet.meta?.name}`, cidr: subnet.spec?.cidr ?? "", exclude },
  };
}

/**
 * A static request (`spec.ip`) must be an address its subnet may lease: inside the CIDR, not the
 * gateway, the network, broadcast or reserved address, nor excluded. Checked only when the subnet
 * exists; an attachment may be created before its subnet, and then ipam says why in its status.
 */
export async function admitStaticAddress(
  subnets: ObjectStore<Subnet>,
  namespace: string,
  spec: AttachmentSpec | null | undefined,
): Promise<void> {
  const ip = spec?.ip ? parseIPv4(spec.ip) : undefined;
  if (ip === undefined) return;
  const subnet = await subnets.get(objectKey(namespace, spec?.subnet ?? ""));
  if (!subnet) return;
  const { addresses, text } = subnetAddresses(subnet.value);
  const why = unleasable(addresses, ip);
  if (why) {
    throw invalid(
      "spec.ip",
      `${quote(spec?.ip ?? "")} ${describeUnleasable(why, text)}; request another address, or none for any free one`,
    );
  }
}

/**
 * A subnet update may not make an address in use unleasable: a gateway moved onto it, or an
 * exclusion added over it. The update is refused (INVALID, naming `spec.gateway` or the
 * `spec.exclude[i]` at fault and the attachment holding the address) rather than accepted and
 * followed by ipam moving that attachment to another address: an address changing under a
 * running interface is an outage the client did not ask for. To do it anyway, delete the
 * attachment first. Costs a listing of the namespace's attachments, only when the gateway or the
 * exclusions change.
 */
export async function admitSubnetUpdate(
  attachments: ObjectStore<NetworkAttachment>,
  old: Subnet,
  next: Subnet,
): Promise<void> {
  const sameExcludes = JSON.stringify(old.spec?.exclude ?? []) === JSON.stringify(next.spec?.exclude ?? []);
  if (sameExcludes && (old.spec?.gateway ?? "") === (next.spec?.gateway ?? "")) return;
  const { addresses, text } = subnetAddresses(next);
  const before = subnetAddresses(old).addresses;
  const listing = await attachments.list(`${next.meta?.namespace}.>`);
  for (const { value: a } of listing.items) {
    const s = a.status;
    if (a.spec?.subnet !== next.meta?.name || s?.subnetUid !== next.meta?.uid || !s?.ip) continue;
    const ip = parseIPv4(s.ip);
    // An address already ruled out before this update is ipam's to move, not this update's fault.
    if (ip === undefined || unleasable(before, ip)) continue;
    const why = unleasable(addresses, ip);
    const holder = `${a.meta?.namespace}/${a.meta?.name}`;
    if (why?.rule === "gateway") {
      throw invalid(
        "spec.gateway",
        `${s.ip} is the address of attachment ${holder}, and a gateway is never leased; choose another gateway, or delete ${holder} first`,
      );
    }
    if (why?.rule === "excluded") {
      throw invalid(
        `spec.exclude[${why.index}]`,
        `${quote(text.exclude[why.index] ?? "")} covers ${s.ip}, the address of attachment ${holder}; exclude other addresses, or delete ${holder} first`,
      );
    }
  }
}
