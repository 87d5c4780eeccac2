/**
 * The bench workload's shape (pure, no I/O): how many attachment slots each virtual network has,
 * which subnets (VNI, CIDR) serve them, and how attachments are named. Follows KOS's
 * attachment-tput-driver so runs of the two are comparable.
 */
import { formatIPv4, inRfc1918, parseCidr } from "../../lib/net/cidr.js";

export interface SizeParams {
  /** Virtual networks (one VNI each). */
  readonly numNets: number;
  /** Slots in the largest network. */
  readonly topNetSize: number;
  /** Power-law exponent. */
  readonly exponent: number;
  /** Power-law bias: flattens the head of the distribution. */
  readonly bias: number;
}

/**
 * Slots per network, KOS's power law: for i = 1…numNets,
 * `size_i = max(1, ceil((1 + bias) · top / (i + bias)^exponent))`.
 * The first network always has `top` slots when exponent = 1 (and for any exponent when bias = 0).
 */
export function netSizes(p: SizeParams): number[] {
  const sizes: number[] = [];
  for (let i = 1; i <= p.numNets; i++) {
    sizes.push(Math.max(1, Math.ceil(((1 + p.bias) * p.topNetSize) / (i + p.bias) ** p.exponent)));
  }
  return sizes;
}

export interface SizeSummary {
  /** Σ size_i: the steady-state population the driver keeps. */
  readonly numSlots: number;
  /** Σ size_i² / Σ size_i: the expected size of a random attachment's network. */
  readonly avgPeers: number;
  /** 1-based index of the first network of size 1 (0 if none). */
  readonly breakPoint: number;
}

export function summarizeSizes(sizes: readonly number[]): SizeSummary {
  const numSlots = sizes.reduce((a, b) => a + b, 0);
  const squares = sizes.reduce((a, b) => a + b * b, 0);
  return {
    numSlots,
    avgPeers: numSlots === 0 ? 0 : squares / numSlots,
    breakPoint: sizes.indexOf(1) + 1,
  };
}

export interface SubnetPlan {
  readonly name: string;
  readonly cidr: string;
  /** Slots of the network served by this subnet. */
  readonly slots: number;
}

export interface NetPlan {
  /** 0-based network index. */
  readonly index: number;
  readonly vni: number;
  readonly size: number;
  readonly subnets: readonly SubnetPlan[];
}

export interface SubnetLayout {
  /** VNI of network 0; network i gets `(vni0 + i) & 0x1FFFFF`. */
  readonly vni0: number;
  /** First address of the space the CIDRs are cut from. */
  readonly baseAddress: number;
  readonly subnetsPerNet: number;
}

/** VNIs have 21 bits in jetnet (the MAC derivation needs the other 3). */
const vniMask = 0x1fffff;

/** The first VNI of a run, as KOS picks it: `r·65536 + 1` for r in 0…31, from `random()` in [0, 1). */
export function firstVni(random: number): number {
  return Math.floor(random * 32) * 65536 + 1;
}

export function vniHex(vni: number): string {
  return vni.toString(16).padStart(6, "0");
}

/**
 * Cuts the subnets. Slot k of a network (0-based) lives in subnet `k mod subnetsPerNet`, so a
 * subnet serves a fixed share of the slots and never holds more live attachments than that share.
 * Each subnet is the smallest CIDR with room for its share plus 3 (network, gateway, broadcast:
 * what ipam never leases), as KOS sizes them. Blocks are laid out from the base address, each
 * aligned to its own size, so every CIDR of the run is distinct and valid.
 */
export function planNets(sizes: readonly number[], layout: SubnetLayout): NetPlan[] {
  let cursor = layout.baseAddress;
  return sizes.map((size, index) => {
    const vni = (layout.vni0 + index) & vniMask;
    const count = Math.min(layout.subnetsPerNet, size);
    const subnets: SubnetPlan[] = [];
    for (let j = 0; j < count; j++) {
      const slots = Math.floor(size / count) + (j < size % count ? 1 : 0);
      const hostBits = Math.ceil(Math.log2(slots + 3));
      const blockSize = 2 ** hostBits;
      cursor = Math.ceil(cursor / blockSize) * blockSize;
      subnets.push({ name: subnetName(vni, j), cidr: `${formatIPv4(cursor)}/${32 - hostBits}`, slots });
      cursor += blockSize;
    }
    return { index, vni, size, subnets };
  });
}

export function subnetName(vni: number, j: number): string {
  return `${vniHex(vni)}-s${j}`;
}

/** Index of the subnet (within its network) that serves slot `slotInNet`. */
export function subnetOfSlot(net: NetPlan, slotInNet: number): SubnetPlan {
  return net.subnets[slotInNet % net.subnets.length]!;
}

/** The first planned CIDR outside RFC 1918 (the API would refuse it), if any. */
export function firstNonPrivateCidr(nets: readonly NetPlan[]): string | undefined {
  for (const net of nets) {
    for (const s of net.subnets) if (!inRfc1918(parseCidr(s.cidr))) return s.cidr;
  }
  return undefined;
}

/** A slot of the run: which network and which position in it. */
export interface Slot {
  readonly net: number;
  readonly slotInNet: number;
}

export function allSlots(sizes: readonly number[]): Slot[] {
  const slots: Slot[] = [];
  sizes.forEach((size, net) => {
    for (let k = 0; k < size; k++) slots.push({ net, slotInNet: k });
  });
  return slots;
}

/**
 * Attachment names: `<vni hex>-<n>`. A slot's n starts at slotInNet + 1 and grows by the network's
 * size at each reuse, so names never repeat within a run (a recreated name would confuse the
 * watch-based measurements with its predecessor's events).
 */
export function attachmentName(vni: number, n: number, width: number): string {
  return `${vniHex(vni)}-${String(n).padStart(width, "0")}`;
}

/** Digits of the zero-padded index (KOS: 1 + floor(log10(N))). */
export function nameWidth(numCreates: number): number {
  return 1 + Math.floor(Math.log10(Math.max(1, numCreates)));
}
