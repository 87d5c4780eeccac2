import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";

/** Runs `ip` (iproute2) without a shell; rejects with its stderr. */
export function ip(...args: string[]): Promise<string> {
  return run("ip", args);
}

export function run(bin: string, args: readonly string[], timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { encoding: "utf8", timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err) {
        const hint =
          (err as NodeJS.ErrnoException).code === "ENOENT"
            ? ` (${bin} not found: install the Debian package ${bin === "ping" ? "iputils-ping" : "iproute2"})`
            : "";
        reject(new Error(`${bin} ${args.join(" ")}: ${stderr.trim() || err.message}${hint}`));
      } else resolve(stdout);
    });
  });
}

/** Whether `ping` from a namespace reaches `addr` (one echo, short wait). */
export async function pings(netns: string, addr: string, tries = 3): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    try {
      await run("ip", ["netns", "exec", netns, "ping", "-c", "1", "-W", "1", addr], 10_000);
      return true;
    } catch {
      // retry: the first packet may wait for ARP
    }
  }
  return false;
}

/**
 * Several "hosts" on one machine: network namespaces joined by an underlay bridge in the root
 * namespace (which has no address; every address lives inside the namespaces). Everything it
 * creates carries a random tag and is removed by `destroy()`, also after failures.
 */
export class Testbed {
  readonly tag = randomBytes(3).toString("hex");
  readonly hosts: { name: string; netns: string; ip: string }[] = [];
  private readonly namespaces = new Set<string>();
  private readonly links = new Set<string>();
  readonly bridge = `jnu${this.tag}`;

  async createUnderlay(): Promise<void> {
    await ip("link", "add", this.bridge, "type", "bridge");
    this.links.add(this.bridge);
    await ip("link", "set", this.bridge, "up");
  }

  /** A host namespace with a veth into the underlay bridge and the address 192.168.251.<n>/24. */
  async addHost(n: number): Promise<{ name: string; netns: string; ip: string }> {
    const netns = `jn${this.tag}h${n}`;
    await this.addNetns(netns);
    const outer = `jn${this.tag}u${n}`;
    await ip("link", "add", outer, "type", "veth", "peer", "name", "eth0", "netns", netns);
    this.links.add(outer);
    await ip("link", "set", outer, "master", this.bridge, "up");
    const addr = `192.168.251.${n}`;
    await ip("-n", netns, "addr", "add", `${addr}/24`, "dev", "eth0");
    await ip("-n", netns, "link", "set", "eth0", "up");
    await ip("-n", netns, "link", "set", "lo", "up");
    const host = { name: `host${n}`, netns, ip: addr };
    this.hosts.push(host);
    return host;
  }

  /**
   * Prefix of the guest namespaces that agents of this testbed name (give it to them as
   * --guest-netns-prefix): `destroy()` removes every namespace that starts with it.
   */
  readonly guestPrefix = `jn${this.tag}g-`;

  /** The guest namespace an agent started with `guestPrefix` names for the attachment `uid`. */
  guestOf(uid: string): string {
    return `${this.guestPrefix}${uid}`;
  }

  /** A namespace name for a guest, registered for cleanup (the hook creates it). */
  guest(name: string): string {
    const ns = `jn${this.tag}g${name}`;
    this.namespaces.add(ns);
    return ns;
  }

  async addNetns(name: string): Promise<void> {
    await ip("netns", "add", name);
    this.namespaces.add(name);
  }

  async destroy(): Promise<void> {
    const listed = (await ip("netns", "list").catch(() => ""))
      .split("\n")
      .map((line) => line.split(" ")[0] ?? "")
      .filter((ns) => ns.startsWith(this.guestPrefix));
    for (const ns of new Set([...this.namespaces, ...listed]))
      await ip("netns", "del", ns).catch(() => undefined);
    for (const l of this.links) await ip("link", "del", l).catch(() => undefined);
  }
}
