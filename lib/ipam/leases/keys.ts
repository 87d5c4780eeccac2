import { formatIPv4 } from "../../net/cidr.js";

/**
 * The Redis keys of the leases. Everything of one VNI carries the hash tag `{<vni>}`, so a VNI
 * lives in one Redis Cluster slot and each script touches one slot:
 *   jetnet:{vni}:ip                      hash  address (decimal) -> lease JSON {owner, ref, seq, since, subnet}
 *   jetnet:{vni}:index                   hash  owner uid -> address (decimal), and under "#" fields:
 *                                              #intact           the token of the server the VNI's leases are
 *                                                                complete on (see markIntact)
 *                                              #seq              counter: fencing tokens and release order
 *                                              #next:<a.b.c.d/p> lowest never-used candidate of a subnet
 *                                              #spans:<a.b.c.d/p> the spans that candidate was computed for
 *   jetnet:{vni}:released:<a.b.c.d/p>    zset  released address -> release order
 *   jetnet:epoch                         random id written once; if it vanishes, Redis lost data
 *                                        (in a Cluster it lives on one master; the others' losses
 *                                        show in their run ids and in the VNIs' intact markers)
 */

export const epochKey = "jetnet:epoch";

/** The index field that marks a VNI intact (see LeaseStore.markIntact). */
export const intactField = "#intact";

/** The keys of one VNI. */
export function vniKeys(vni: number) {
  const prefix = `jetnet:{${vni}}:`;
  return {
    prefix,
    ip: `${prefix}ip`,
    index: `${prefix}index`,
    released: (subnet: string) => `${prefix}released:${subnet}`,
  };
}

export const ipKeyPattern = /^jetnet:\{(\d+)\}:ip$/;

/**
 * The id of a subnet in key names and lease records: `a.b.c.d/p`. Callers check the subnet first
 * (checkSubnet, or `allocatable` when batching): a base that is not an address throws a RangeError.
 */
export function subnetId(base: number, prefix: number): string {
  return `${formatIPv4(base)}/${prefix}`;
}
