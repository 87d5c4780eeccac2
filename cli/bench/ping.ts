/**
 * `jetnet bench --ping`: each attachment tests itself, as in KOS's driver. Its post_create_exec
 * is the shipped `jetnet-guest-test` hook, which moves the interface into a guest namespace,
 * configures it and pings a peer of the same virtual network; the exec report the agent writes
 * into status is the test's result. Pure helpers here; the tracker picks peers, the driver puts
 * the commands into the specs.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { HookVar, ShippedHook, shippedHookEntry } from "../../lib/api/hooks.js";

/** Program names of the hooks a --ping run uses, inside the hook directory. */
export const PingHook = { Test: ShippedHook.GuestTest.name, Down: ShippedHook.GuestDown.name } as const;

export interface PingPlan {
  /** Absolute path of jetnet-guest-test, as the agents see it. */
  readonly testHook: string;
  /** Absolute path of jetnet-guest-down, as the agents see it. */
  readonly downHook: string;
}

/** The plan for hooks installed in `dir` on the nodes. */
export function pingPlan(dir: string): PingPlan {
  return { testHook: `${dir}/${PingHook.Test}`, downHook: `${dir}/${PingHook.Down}` };
}

/** What the agents' --allowed-programs must hold for a --ping run with hooks in `dir`. */
export function pingAllowList(dir: string): string {
  return [ShippedHook.GuestTest, ShippedHook.GuestDown].map((h) => shippedHookEntry(dir, h)).join(",");
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

/**
 * post_create_exec and post_delete_exec of an attachment. The agent expands `${ifname}`,
 * `${netns}` (the attachment's guest namespace, named by the agent) and `${ipv4}`; the prefix
 * length is the subnet's. The agent hands the hook the namespace it programs, so the spec need
 * not name it. Without a peer the hook only sets the guest up (KOS's "half test").
 */
export function pingExecs(
  plan: PingPlan,
  attachment: { cidr: string },
  peerIp: string | undefined,
): { postCreateExec: string[]; postDeleteExec: string[] } {
  const prefix = attachment.cidr.slice(attachment.cidr.indexOf("/") + 1);
  return {
    postCreateExec: [
      plan.testHook,
      HookVar.IfName,
      HookVar.Netns,
      `${HookVar.Ipv4}/${prefix}`,
      ...(peerIp ? [peerIp] : []),
    ],
    postDeleteExec: [plan.downHook, HookVar.Netns],
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
