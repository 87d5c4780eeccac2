import { parseIPv4 } from "../../../lib/net/cidr.js";

/**
 * The fabric contract: what an agent asks of a node's datapath. Entries are identified by
 * (VNI, IP), which is unique across local and remote entries of one fabric; a create for a
 * (VNI, IP) that an entry of the other kind holds fails with FabricConflictError. Creates and
 * deletes are idempotent (re-creating an identical entry, or deleting a missing one, succeeds),
 * and `list` reads the datapath itself, so an agent restarted after a crash finds what exists.
 *
 * MACs and interface names are those jetnet derives from (VNI, IP) (services/ipam/mac.ts); a
 * fabric may rely on it (the linux fabric names devices after the MAC and decodes (VNI, IP) from
 * them). A create of the same kind with other attributes at a held (VNI, IP) is left open: the
 * agent deletes the old entry first. The logger fabric refuses it with FabricConflictError; the
 * linux fabric replaces a remote entry's host and keeps a local interface, re-labelling its owner.
 */

/** An interface on this node for a local attachment. */
export interface LocalEntry {
  readonly vni: number;
  readonly ip: string;
  readonly mac: string;
  /** Linux interface name, ≤ 15 characters, a function of (VNI, IP). */
  readonly ifName: string;
  /**
   * Uid of the attachment the interface was made for, kept in the datapath so that a restarted
   * agent adopts an interface only for the same incarnation (a re-created attachment with the
   * same address gets a fresh interface, and its hooks run).
   */
  readonly owner?: string;
}

/** A guest → host mapping for an attachment on another node. */
export interface RemoteEntry {
  readonly vni: number;
  readonly ip: string;
  readonly mac: string;
  /** Underlay address of the node hosting the guest. */
  readonly hostIp: string;
}

/** A remote entry to create or delete, one of a batch (Fabric.applyRemote). */
export interface RemoteOp {
  readonly op: "create" | "delete";
  readonly entry: RemoteEntry;
}

export interface Fabric {
  readonly name: string;
  /**
   * Optional: the operations in order, as createRemote and deleteRemote would run them one by
   * one, at a lower cost per entry. Resolves to each one's error (undefined: done); an entry
   * whose operation failed may or may not be in the datapath.
   */
  applyRemote?(ops: readonly RemoteOp[]): Promise<(unknown | undefined)[]>;
  createLocal(e: LocalEntry): Promise<void>;
  deleteLocal(e: LocalEntry): Promise<void>;
  createRemote(e: RemoteEntry): Promise<void>;
  deleteRemote(e: RemoteEntry): Promise<void>;
  listLocal(): Promise<LocalEntry[]>;
  listRemote(): Promise<RemoteEntry[]>;
  close(): Promise<void>;
}

/** (VNI, IP) is held by another entry: delete that one first. */
export class FabricConflictError extends Error {
  override name = "FabricConflictError";
}

export const entryId = (e: { vni: number; ip: string }) => `${e.vni}/${e.ip}`;

/**
 * (VNI, IP) as a map key that costs no string: VNI × 2³² + IPv4 address, exact for every VNI
 * jetnet allows (below 2²¹, lib/net/mac.ts); else entryId. A hollow process holds hundreds of
 * thousands.
 */
export function entrySlot(e: { readonly vni: number; readonly ip: string }): number | string {
  const ip = parseIPv4(e.ip);
  return ip === undefined || e.vni >= 0x20_0000 ? entryId(e) : e.vni * 0x1_0000_0000 + ip;
}

export function sameLocal(a: LocalEntry, b: LocalEntry): boolean {
  return a.vni === b.vni && a.ip === b.ip && a.mac === b.mac && a.ifName === b.ifName && a.owner === b.owner;
}

export function sameRemote(a: RemoteEntry, b: RemoteEntry): boolean {
  return a.vni === b.vni && a.ip === b.ip && a.mac === b.mac && a.hostIp === b.hostIp;
}
