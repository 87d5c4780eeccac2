import { formatIPv4, parseIPv4 } from "../../../lib/net/cidr.js";
import { decodeMac, interfaceName, macAddress } from "../../../lib/net/mac.js";
import { Iproute, IprouteError } from "./iproute.js";
import {
  entryId,
  type Fabric,
  FabricConflictError,
  type LocalEntry,
  type RemoteEntry,
  type RemoteOp,
} from "./types.js";

export interface LinuxFabricOptions {
  /** This node's underlay address: the VXLAN tunnel endpoint. */
  readonly hostIp: string;
  /** Program this network namespace (`ip -n`) instead of the agent's own. */
  readonly netns?: string;
  /** VXLAN UDP port. */
  readonly dstPort?: number;
}

/** VXLAN encapsulation overhead on an IPv4 underlay: outer IP 20 + UDP 8 + VXLAN 8 + inner Ethernet 14. */
const vxlanOverhead = 50;
const vxlanName = (vni: number) => `vx${vni}`;
const bridgeName = (vni: number) => `br${vni}`;
/** Bridge-side end of a local attachment's veth pair: `kob` + the MAC's 12 hex digits. */
const bridgePortName = (ifName: string) => `kob${ifName.slice(3)}`;

/** Interface alias of a local attachment's bridge port: `jetnet:<attachment uid>`. */
const aliasPrefix = "jetnet:";

/** A command of a batch (applyRemote), for the operation at index `op`. */
interface BatchLine {
  readonly op: number;
  readonly args: readonly string[];
  /** A delete: nothing there to delete is no failure. */
  readonly gone?: boolean;
}

const macPattern = /^[0-9a-f]{2}(:[0-9a-f]{2}){5}$/i;
/** A dotted IPv4 address exactly as formatIPv4 writes it. */
const plainIPv4 = (s: string) => {
  const n = parseIPv4(s);
  return n !== undefined && formatIPv4(n) === s;
};

/** Whether every field of `e` is a plain address, safe as a word of a batch line. */
function plainRemote(e: RemoteEntry): boolean {
  return (
    Number.isInteger(e.vni) && e.vni > 0 && macPattern.test(e.mac) && plainIPv4(e.ip) && plainIPv4(e.hostIp)
  );
}

interface Link {
  ifname: string;
  ifalias?: string;
  master?: string;
  mtu?: number;
  address?: string;
}
interface Neigh {
  dst: string;
  lladdr?: string;
  state?: string[];
}
interface Fdb {
  mac: string;
  dst?: string;
}

/**
 * The linux fabric: kernel VXLAN through iproute2.
 *
 * Per VNI: a `vxlan` device vx<vni> (id = VNI, nolearning, proxy, local = host IP, MTU =
 * underlay − 50) enslaved to bridge br<vni>, created on first use and removed with its last
 * user. Per local attachment: a veth pair, `kob…` on the bridge and the attachment's interface
 * `kos…` (MAC set) for the client or its hook to move and configure. Per remote attachment: a
 * static FDB entry (MAC → host IP) and a permanent neighbour entry on the vxlan device, so ARP
 * is answered locally. Names are functions of (VNI, MAC), all ≤ 15 characters, and `list`
 * reads the kernel (the bridge-side ports and the vxlan neighbour tables), so a restarted agent
 * finds what exists, even interfaces moved into guest namespaces.
 *
 * All operations are serialized: iproute2 calls are not atomic together, and per-VNI devices
 * are shared by several entries.
 */
export class LinuxFabric implements Fabric {
  readonly name = "linux";
  private readonly ip: Iproute;
  private chain: Promise<unknown> = Promise.resolve();
  /** VNIs whose bridge and vxlan device this fabric made or verified (skips 6 spawns a create). */
  private readonly readyVnis = new Set<number>();
  private mtu = 1450;

  private constructor(private readonly opts: LinuxFabricOptions) {
    this.ip = new Iproute(opts.netns);
  }

  /** Checks privileges and finds the underlay MTU. Fails clearly without NET_ADMIN. */
  static async open(opts: LinuxFabricOptions): Promise<LinuxFabric> {
    const f = new LinuxFabric(opts);
    const probe = "jnprobe0";
    try {
      await f.ip.ip(["link", "add", probe, "type", "bridge"]);
      await f.ip.ip(["link", "del", probe]);
    } catch (err) {
      if (err instanceof IprouteError && err.exists) {
        await f.ip.ip(["link", "del", probe]).catch(() => undefined);
      } else if (err instanceof IprouteError && err.permission) {
        throw new Error(
          "the linux fabric needs the NET_ADMIN capability: run the agent as root or grant CAP_NET_ADMIN (in Kubernetes: securityContext.capabilities.add [NET_ADMIN])",
        );
      } else {
        throw err;
      }
    }
    const addrs = await f.ip.ipJson<{ ifname: string; mtu: number; addr_info?: { local?: string }[] }>([
      "addr",
      "show",
    ]);
    const underlay = addrs.find((l) => l.addr_info?.some((a) => a.local === opts.hostIp));
    if (!underlay)
      throw new Error(
        `no interface${opts.netns ? ` in netns ${opts.netns}` : ""} has the host IP ${opts.hostIp}`,
      );
    f.mtu = underlay.mtu - vxlanOverhead;
    return f;
  }

  createLocal(e: LocalEntry): Promise<void> {
    return this.serial(async () => {
      if (await this.remoteAt(e.vni, e.ip)) {
        throw new FabricConflictError(`${entryId(e)} is held by a remote entry`);
      }
      const port = bridgePortName(e.ifName);
      const mtu = String(this.mtu);
      await this.withVni(e.vni, async () => {
        try {
          await this.ip.ip([
            "link",
            "add",
            e.ifName,
            "mtu",
            mtu,
            "address",
            e.mac,
            "type",
            "veth",
            "peer",
            "name",
            port,
            "mtu",
            mtu,
          ]);
          await this.ip.ip(["link", "set", e.ifName, "up"]);
        } catch (err) {
          // Already there (a re-run after a crash); its guest end may have been moved away.
          if (!(err instanceof IprouteError && err.exists)) throw err;
        }
        await this.ip.ip(["link", "set", port, "master", bridgeName(e.vni), "up"]);
        // The owner travels with the interface (on the end that stays on the host).
        if (e.owner) await this.ip.ip(["link", "set", port, "alias", `${aliasPrefix}${e.owner}`]);
      });
    });
  }

  deleteLocal(e: LocalEntry): Promise<void> {
    return this.serial(async () => {
      // Deleting one end of a veth pair deletes both, wherever the other end lives.
      await this.ignoreMissing(this.ip.ip(["link", "del", bridgePortName(e.ifName)]));
      await this.releaseVniIfUnused(e.vni);
    });
  }

  createRemote(e: RemoteEntry): Promise<void> {
    return this.serial(async () => {
      const ipNum = parseIPv4(e.ip);
      if (ipNum !== undefined && (await this.link(bridgePortName(interfaceName(e.vni, ipNum))))) {
        throw new FabricConflictError(`${entryId(e)} is held by a local entry`);
      }
      const dev = vxlanName(e.vni);
      await this.withVni(e.vni, async () => {
        await this.ip.bridge(["fdb", "replace", e.mac, "dev", dev, "dst", e.hostIp, "self", "permanent"]);
        await this.ip.ip(["neigh", "replace", e.ip, "lladdr", e.mac, "dev", dev, "nud", "permanent"]);
      });
    });
  }

  deleteRemote(e: RemoteEntry): Promise<void> {
    return this.serial(async () => {
      const dev = vxlanName(e.vni);
      if (!(await this.link(dev))) return;
      await this.ignoreMissing(this.ip.ip(["neigh", "del", e.ip, "dev", dev]));
      await this.ignoreMissing(this.ip.bridge(["fdb", "del", e.mac, "dev", dev, "dst", e.hostIp, "self"]));
      // An entry the bridge learned before learning was switched off (older agent versions).
      await this.ignoreMissing(this.ip.bridge(["fdb", "del", e.mac, "dev", dev, "master"]));
      await this.releaseVniIfUnused(e.vni);
    });
  }

  /**
   * Remote entries in batches: per VNI, one `bridge -batch` for the FDB entries and one
   * `ip -batch` for the neighbours, where createRemote and deleteRemote spawn three processes an
   * entry. A batch that fails is run again one command at a time, to tell which entries failed
   * (every command is idempotent: replace, flush, delete of what may be gone). Deletes remove
   * the neighbour with `flush`, which succeeds when there is none (an `ip` batch stops at the
   * first failed `neigh del`). Entries whose fields are not plain addresses are refused: they
   * become lines of the batch.
   */
  applyRemote(ops: readonly RemoteOp[]): Promise<(unknown | undefined)[]> {
    return this.serial(async () => {
      const errors: (unknown | undefined)[] = ops.map(() => undefined);
      const byVni = new Map<number, number[]>();
      for (let i = 0; i < ops.length; i++) {
        const e = (ops[i] as RemoteOp).entry;
        if (!plainRemote(e)) {
          errors[i] = new Error(`${entryId(e)}: not a plain remote entry: ${JSON.stringify(e)}`);
          continue;
        }
        const same = byVni.get(e.vni);
        if (same) same.push(i);
        else byVni.set(e.vni, [i]);
      }
      // A create at an address that a local interface holds is refused, as createRemote does.
      const creates = ops.some((o) => o.op === "create");
      const ports = creates
        ? new Set((await this.ip.ipJson<Link>(["link", "show", "type", "veth"])).map((l) => l.ifname))
        : new Set<string>();
      for (const [vni, all] of byVni) {
        const mine = all.filter((i) => {
          const o = ops[i] as RemoteOp;
          const at = parseIPv4(o.entry.ip) ?? 0;
          if (o.op !== "create" || !ports.has(bridgePortName(interfaceName(vni, at)))) return true;
          errors[i] = new FabricConflictError(`${entryId(o.entry)} is held by a local entry`);
          return false;
        });
        await this.applyRemoteInVni(vni, mine, ops, errors);
      }
      return errors;
    });
  }

  /** applyRemote's operations `which` (indices into `ops`) of one VNI. */
  private async applyRemoteInVni(
    vni: number,
    which: readonly number[],
    ops: readonly RemoteOp[],
    errors: (unknown | undefined)[],
  ): Promise<void> {
    const dev = vxlanName(vni);
    const creates = which.some((i) => (ops[i] as RemoteOp).op === "create");
    // Nothing to delete from a VNI without devices.
    if (!creates && !(await this.link(dev))) return;
    const fdb: BatchLine[] = [];
    const neigh: BatchLine[] = [];
    const learned: string[][] = [];
    for (const i of which) {
      const { op, entry: e } = ops[i] as RemoteOp;
      if (op === "create") {
        fdb.push({
          op: i,
          args: ["fdb", "replace", e.mac, "dev", dev, "dst", e.hostIp, "self", "permanent"],
        });
        neigh.push({
          op: i,
          args: ["neigh", "replace", e.ip, "lladdr", e.mac, "dev", dev, "nud", "permanent"],
        });
      } else {
        neigh.push({ op: i, args: ["neigh", "flush", "to", e.ip, "dev", dev, "nud", "permanent"] });
        fdb.push({ op: i, args: ["fdb", "del", e.mac, "dev", dev, "dst", e.hostIp, "self"], gone: true });
        // An entry the bridge learned before learning was switched off (older agent versions).
        learned.push(["fdb", "del", e.mac, "dev", dev, "master"]);
      }
    }
    const run = async () => {
      await this.batchOrEach("bridge", fdb, errors);
      await this.batchOrEach("ip", neigh, errors);
    };
    if (creates) await this.withVni(vni, run);
    else await run();
    // Best effort, as one batch: most of these were never there.
    if (learned.length) await this.ip.batch("bridge", learned, true).catch(() => undefined);
    if (!creates) await this.releaseVniIfUnused(vni);
  }

  /**
   * Runs `lines` as one batch; if it fails, one by one, each failure the error of its operation
   * (a line marked `gone` may find nothing to remove). A missing device fails the whole batch
   * (withVni restores the VNI's devices and runs it again).
   */
  private async batchOrEach(
    tool: "ip" | "bridge",
    lines: readonly BatchLine[],
    errors: (unknown | undefined)[],
  ): Promise<void> {
    if (lines.length === 0) return;
    try {
      await this.ip.batch(
        tool,
        lines.map((l) => l.args),
      );
      return;
    } catch (err) {
      if (err instanceof IprouteError && /Cannot find device/i.test(err.stderr)) throw err;
    }
    for (const l of lines) {
      try {
        await (tool === "ip" ? this.ip.ip(l.args) : this.ip.bridge(l.args));
      } catch (err) {
        if (l.gone && err instanceof IprouteError && err.missing) continue;
        errors[l.op] ??= err;
      }
    }
  }

  listLocal(): Promise<LocalEntry[]> {
    return this.serial(async () => {
      const links = await this.ip.ipJson<Link>(["link", "show", "type", "veth"]);
      const out: LocalEntry[] = [];
      for (const l of links) {
        if (!/^kob[0-9a-f]{12}$/.test(l.ifname)) continue;
        const hex = l.ifname.slice(3);
        const mac = hex.match(/../g)?.join(":") ?? "";
        const id = decodeMac(mac);
        if (!id) continue;
        const owner = l.ifalias?.startsWith(aliasPrefix) ? l.ifalias.slice(aliasPrefix.length) : undefined;
        out.push({
          vni: id.vni,
          ip: formatIPv4(id.ip),
          mac,
          ifName: `kos${hex}`,
          ...(owner ? { owner } : {}),
        });
      }
      return out;
    });
  }

  listRemote(): Promise<RemoteEntry[]> {
    return this.serial(async () => {
      const out: RemoteEntry[] = [];
      for (const vni of await this.vnis()) {
        const dev = vxlanName(vni);
        const fdb = await this.ip.bridgeJson<Fdb>(["fdb", "show", "dev", dev]);
        const hostOf = new Map(fdb.filter((f) => f.dst).map((f) => [f.mac, f.dst ?? ""]));
        for (const n of await this.ip.ipJson<Neigh>(["neigh", "show", "dev", dev])) {
          if (!n.lladdr || !n.state?.includes("PERMANENT")) continue;
          const hostIp = hostOf.get(n.lladdr);
          if (hostIp) out.push({ vni, ip: n.dst, mac: n.lladdr, hostIp });
        }
      }
      return out;
    });
  }

  async close(): Promise<void> {
    await this.chain.catch(() => undefined);
  }

  /** MAC of a local attachment, as the rest of jetnet derives it. */
  static macOf(vni: number, ip: string): string {
    return macAddress(vni, parseIPv4(ip) ?? 0);
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const p = this.chain.then(fn, fn);
    this.chain = p.catch(() => undefined);
    return p;
  }

  private async ensureVni(vni: number): Promise<void> {
    if (this.readyVnis.has(vni)) return;
    const br = bridgeName(vni);
    const vx = vxlanName(vni);
    if (!(await this.link(br))) {
      await this.ignoreExists(this.ip.ip(["link", "add", br, "mtu", String(this.mtu), "type", "bridge"]));
    }
    if (!(await this.link(vx))) {
      await this.ignoreExists(
        this.ip.ip([
          "link",
          "add",
          vx,
          "mtu",
          String(this.mtu),
          "type",
          "vxlan",
          "id",
          String(vni),
          "dstport",
          String(this.opts.dstPort ?? 4789),
          "local",
          this.opts.hostIp,
          "nolearning",
          "proxy",
        ]),
      );
    }
    await this.ip.ip(["link", "set", vx, "master", br]);
    // The bridge must not learn remote MACs on the tunnel port: they would outlive their
    // static entries. Unknown destinations flood to the vxlan device, whose own FDB decides.
    await this.ip.bridge(["link", "set", "dev", vx, "learning", "off"]);
    await this.ip.ip(["link", "set", vx, "up"]);
    await this.ip.ip(["link", "set", br, "up"]);
    this.readyVnis.add(vni);
  }

  /**
   * Runs `fn` after making sure the VNI's devices exist; if they vanished behind our back (an
   * operator, a crashed older agent), verifies them again and retries once.
   */
  private async withVni(vni: number, fn: () => Promise<void>): Promise<void> {
    await this.ensureVni(vni);
    try {
      await fn();
    } catch (err) {
      if (!(err instanceof IprouteError && err.missing)) throw err;
      this.readyVnis.delete(vni);
      await this.ensureVni(vni);
      await fn();
    }
  }

  /** Removes the VNI's devices once no local port and no remote entry uses them. */
  private async releaseVniIfUnused(vni: number): Promise<void> {
    const br = bridgeName(vni);
    const vx = vxlanName(vni);
    const ports = await this.ip.ipJson<Link>(["link", "show", "master", br]).catch(() => [] as Link[]);
    if (ports.some((p) => p.ifname !== vx)) return;
    if (await this.link(vx)) {
      const neigh = await this.ip.ipJson<Neigh>(["neigh", "show", "dev", vx]);
      if (neigh.some((n) => n.state?.includes("PERMANENT"))) return;
    }
    this.readyVnis.delete(vni);
    await this.ignoreMissing(this.ip.ip(["link", "del", vx]));
    await this.ignoreMissing(this.ip.ip(["link", "del", br]));
  }

  private async remoteAt(vni: number, ip: string): Promise<boolean> {
    const dev = vxlanName(vni);
    if (!(await this.link(dev))) return false;
    const neigh = await this.ip.ipJson<Neigh>(["neigh", "show", ip, "dev", dev]);
    return neigh.some((n) => n.state?.includes("PERMANENT"));
  }

  private async vnis(): Promise<number[]> {
    const links = await this.ip.ipJson<Link>(["link", "show", "type", "vxlan"]);
    return links.flatMap((l) => (/^vx\d+$/.test(l.ifname) ? [Number(l.ifname.slice(2))] : []));
  }

  private async link(name: string): Promise<Link | undefined> {
    try {
      const l = await this.ip.ipJson<Link>(["link", "show", "dev", name]);
      return l[0];
    } catch (err) {
      if (err instanceof IprouteError && err.missing) return undefined;
      throw err;
    }
  }

  private async ignoreMissing(p: Promise<unknown>): Promise<void> {
    try {
      await p;
    } catch (err) {
      if (!(err instanceof IprouteError && err.missing)) throw err;
    }
  }

  private async ignoreExists(p: Promise<unknown>): Promise<void> {
    try {
      await p;
    } catch (err) {
      if (!(err instanceof IprouteError && err.exists)) throw err;
    }
  }
}
