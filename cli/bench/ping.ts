/**
 * `jetnet bench --ping`: each attachment tests itself, as in KOS's driver. Its post_create_exec
 * is the shipped `jetnet-guest-test` hook, which moves the interface into a guest namespace,
 * configures it and pings a peer of the same virtual network; the exec report the agent writes
 * into status is the test's result. Pure helpers here; the tracker picks peers, the driver puts
 * the commands into the specs.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Program names of the hooks a --ping run uses, inside the hook directory. */
export const PingHook = { Test: "jetnet-guest-test", Down: "jetnet-guest-down" } as const;

/** Written in place of a host namespace: the agent's own namespace (as on a real host). */
export const ownNamespace = "-";

export interface PingPlan {
  /** Absolute path of jetnet-guest-test, as the agents see it. */
  readonly testHook: string;
  /** Absolute path of jetnet-guest-down, as the agents see it. */
  readonly downHook: string;
  /** node → the namespace its agent programs (agent --netns); absent: the agent's own. */
  readonly hostNetns: ReadonlyMap<string, string>;
  /** Run-unique prefix of the guest namespaces (the run's API namespace). */
  readonly guestPrefix: string;
}

/**
 * The shipped hooks directory: `hooks/` at the repository root, reached from the sources
 * (cli/bench) or from the build (dist/cli/bench). Undefined if neither has the test hook.
 */
export function shippedHookDir(): string | undefined {
  for (const rel of ["../../hooks/", "../../../hooks/"]) {
    const dir = fileURLToPath(new URL(rel, import.meta.url));
    if (existsSync(`${dir}${PingHook.Test}`)) return dir.replace(/\/$/, "");
  }
  return undefined;
}

const netnsName = /^[A-Za-z0-9_.-]+$/;

/**
 * `node=netns,…` → map. Throws an Error (the caller makes it a usage error) on a malformed pair
 * or a node given twice.
 */
export function parseHostNetns(list: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const pair of list.split(",").map((s) => s.trim())) {
    if (pair === "") continue;
    const eq = pair.indexOf("=");
    const node = pair.slice(0, eq).trim();
    const netns = pair.slice(eq + 1).trim();
    if (eq <= 0 || !netnsName.test(netns) || netns === ownNamespace) {
      throw new Error(`--ping-host-netns: "${pair}" is not node=netns`);
    }
    if (map.has(node)) throw new Error(`--ping-host-netns: node "${node}" given twice`);
    map.set(node, netns);
  }
  return map;
}

/** The guest namespace of one attachment: unique per run (the prefix) and attachment (the name). */
export function guestNetns(plan: PingPlan, attachment: string): string {
  return `${plan.guestPrefix}-${attachment}`;
}

/**
 * post_create_exec and post_delete_exec of an attachment. `${ifname}` and `${ipv4}` are expanded
 * by the agent; the prefix length is the subnet's. Without a peer the hook only sets the guest
 * up (KOS's "half test").
 */
export function pingExecs(
  plan: PingPlan,
  attachment: { name: string; node: string; cidr: string },
  peerIp: string | undefined,
): { postCreateExec: string[]; postDeleteExec: string[] } {
  const guest = guestNetns(plan, attachment.name);
  const prefix = attachment.cidr.slice(attachment.cidr.indexOf("/") + 1);
  return {
    postCreateExec: [
      plan.testHook,
      "${ifname}",
      guest,
      `\${ipv4}/${prefix}`,
      plan.hostNetns.get(attachment.node) ?? ownNamespace,
      ...(peerIp ? [peerIp] : []),
    ],
    postDeleteExec: [plan.downHook, guest],
  };
}

/** What the tracker knows of a candidate peer. */
export interface PeerCandidate {
  readonly name: string;
  readonly node: string;
  readonly ip: string;
  /** Seconds since the run's start when it became ready. */
  readonly readyS: number;
  /** Its own test's exit status, once reported. */
  readonly testExit: number | undefined;
}

/**
 * The peer to ping from a new attachment on `node`: another node's attachment before one on the
 * same node (the VXLAN path is what is under test), a guest whose own test passed before one not
 * yet set up (its interface may still be outside its guest), and the most recently ready (it
 * lives longest: threads delete their oldest first). Guests whose test failed are skipped.
 */
export function choosePeer(candidates: Iterable<PeerCandidate>, node: string): PeerCandidate | undefined {
  let best: PeerCandidate | undefined;
  let bestRank: number[] = [];
  for (const c of candidates) {
    if (c.testExit !== undefined && c.testExit !== 0) continue;
    const rank = [c.node !== node ? 1 : 0, c.testExit === 0 ? 1 : 0, c.readyS];
    if (!best || compareRanks(rank, bestRank) > 0) {
      best = c;
      bestRank = rank;
    }
  }
  return best;
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
