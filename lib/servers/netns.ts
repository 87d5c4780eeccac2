import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { basename } from "node:path";
import { findBinary } from "./start.js";

/** Runs `ip` (iproute2) without a shell; rejects with its stderr. */
export function ip(...args: string[]): Promise<string> {
  return run("ip", args);
}

export function run(bin: string, args: readonly string[], timeoutMs = 30_000): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { encoding: "utf8", timeout: timeoutMs }, (err, stdout, stderr) => {
      if (!err) return resolve(stdout);
      // A missing program is the machine's fault, not the test's: say which package it needs.
      if ((err as NodeJS.ErrnoException).code === "ENOENT") return reject(missingProgram(bin));
      const inner = /exec of "([^"]+)" failed: No such file or directory/.exec(stderr)?.[1];
      if (bin === "ip" && inner !== undefined) return reject(missingProgram(basename(inner)));
      reject(new Error(`${bin} ${args.join(" ")}: ${stderr.trim() || err.message}`));
    });
  });
}

/** The ServerStartError of findBinary for `bin` (one is always thrown: the program was not found). */
function missingProgram(bin: string): Error {
  try {
    findBinary(bin, []);
  } catch (err) {
    return err as Error;
  }
  return new Error(`${bin} not found`);
}

/**
 * Whether `ping` from a namespace reaches `addr` (one echo, short wait). Only ping's own "no
 * reply" (exit 1, nothing received) is `false`; any other failure (no such namespace, no route,
 * no ping) throws: an isolation check must not pass because the command itself failed.
 */
export async function pings(netns: string, addr: string, tries = 3): Promise<boolean> {
  // Absent, ping would fail inside `ip netns exec` like any other command: name its package.
  const args = ["netns", "exec", netns, findBinary("ping"), "-c", "1", "-W", "1", addr];
  for (let i = 0; i < tries; i++) {
    const r = await runStatus("ip", args, 10_000);
    if (r.code === 0) return true;
    if (r.code === 1 && /\b1 packets transmitted, 0 received\b/.test(r.stdout)) continue; // maybe ARP: retry
    throw new Error(`ip ${args.join(" ")}: exit ${r.code}: ${r.stderr.trim() || r.stdout.trim()}`);
  }
  return false;
}

/** Runs a program to its end: its exit code and output; rejects only if it cannot be started. */
function runStatus(
  bin: string,
  args: readonly string[],
  timeoutMs: number,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { encoding: "utf8", timeout: timeoutMs }, (err, stdout, stderr) => {
      if (err && typeof err.code !== "number") reject(new Error(`${bin} ${args.join(" ")}: ${err.message}`));
      else resolve({ code: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

/**
 * The permanent neighbour entries of device `dev` in a namespace. A device that does not exist
 * has none (an agent removes a VNI's device with its last attachment); any other failure throws,
 * so a check that an entry is gone cannot pass because `ip` failed.
 */
export async function permanentNeighbours(
  netns: string,
  dev: string,
): Promise<{ dst: string; lladdr: string }[]> {
  const out = await ip("-n", netns, "-json", "neigh", "show", "dev", dev, "nud", "permanent").catch(
    (err: Error) => {
      if (/Cannot find device/.test(err.message)) return "[]";
      throw err;
    },
  );
  return JSON.parse(out || "[]");
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
