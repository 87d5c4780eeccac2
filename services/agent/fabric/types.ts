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
 * A map keyed by (VNI, IP) that costs no object per key: one inner map per VNI, keyed by the
 * IPv4 address as a 32-bit integer (a small integer to V8, stored in the map's table as it is;
 * a single number VNI × 2³² + address was a heap number of its own per key, and one more per
 * lookup), or by its text when it is no dotted quad. A hollow process holds hundreds of
 * thousands of entries, in the agent's books and in the logger fabric.
 */
export class SlotMap<T> {
  private readonly byVni = new Map<number, Map<number | string, T>>();
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(at: { readonly vni: number; readonly ip: string }): T | undefined {
    return this.byVni.get(at.vni)?.get(ipSlot(at.ip));
  }

  has(at: { readonly vni: number; readonly ip: string }): boolean {
    return this.byVni.get(at.vni)?.has(ipSlot(at.ip)) === true;
  }

  set(at: { readonly vni: number; readonly ip: string }, value: T): void {
    let inVni = this.byVni.get(at.vni);
    if (inVni === undefined) {
      inVni = new Map();
      this.byVni.set(at.vni, inVni);
    }
    const before = inVni.size;
    inVni.set(ipSlot(at.ip), value);
    this.count += inVni.size - before;
  }

  /** Whether an entry was there. */
  delete(at: { readonly vni: number; readonly ip: string }): boolean {
    const inVni = this.byVni.get(at.vni);
    if (inVni === undefined || !inVni.delete(ipSlot(at.ip))) return false;
    this.count--;
    if (inVni.size === 0) this.byVni.delete(at.vni);
    return true;
  }

  *values(): IterableIterator<T> {
    for (const inVni of this.byVni.values()) yield* inVni.values();
  }
}

/**
 * An address as a SlotMap key: IPv4 as a signed 32-bit integer (one to one), else its text. The
 * last one is remembered: an entry is looked up and stored, in the books and in the fabric, by
 * the same address string several times in a row.
 */
function ipSlot(ip: string): number | string {
  if (ip === lastIp) return lastSlot;
  const n = parseIPv4(ip);
  lastIp = ip;
  lastSlot = n === undefined ? ip : n | 0;
  return lastSlot;
}
let lastIp = "";
let lastSlot: number | string = "";

export function sameLocal(a: LocalEntry, b: LocalEntry): boolean {
  return a.vni === b.vni && a.ip === b.ip && a.mac === b.mac && a.ifName === b.ifName && a.owner === b.owner;
}

export function sameRemote(a: RemoteEntry, b: RemoteEntry): boolean {
  return a.vni === b.vni && a.ip === b.ip && a.mac === b.mac && a.hostIp === b.hostIp;
}
